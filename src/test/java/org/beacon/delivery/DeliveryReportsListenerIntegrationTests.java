package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.beacon.platform.Topics;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;

/** What the report listener does with reports the database will not take. */
class DeliveryReportsListenerIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	KafkaTemplate<String, Object> kafka;

	/** PostgreSQL refuses text holding a NUL character: the batch fails, then that report alone, to its DLT. */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aReportTheDatabaseRefusesIsDeadLetteredAndHoldsNoOtherBack(CapturedOutput output) throws Exception {
		long before = sentRow("SMbefore");
		long after = sentRow("SMafter");

		report("SMbefore", "UNDELIVERED");
		report("SMpoison\u0000", "DELIVERED");
		report("SMafter", "DELIVERED");
		awaitPipelineIdle();

		assertThat(jdbc.queryForObject("SELECT status FROM delivery WHERE id = ?", String.class, before))
			.isEqualTo("UNDELIVERED");
		assertThat(jdbc.queryForObject("SELECT status FROM delivery WHERE id = ?", String.class, after))
			.isEqualTo("DELIVERED");
		assertThat(output.getAll().split("\\R")).filteredOn(line -> line.contains("could not be applied after all retries"))
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains("A DELIVERED report for SMpoison");
	}

	void report(String providerId, String status) throws Exception {
		kafka.send(MessageBuilder
			.withPayload(Map.of("type", "DeliveryReport", "schemaVersion", 1, "channel", "SMS", "providerId", providerId,
					"status", status))
			.setHeader(KafkaHeaders.TOPIC, Topics.DELIVERY_REPORTS)
			.setHeader(KafkaHeaders.KEY, "one-partition")
			.build()).get(10, TimeUnit.SECONDS);
	}

	long sentRow(String providerId) {
		return jdbc.queryForObject("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed, status, provider_id)
				VALUES (?, ?, 'SMS', ?, 'SENT', ?) RETURNING id""", Long.class, UUID.randomUUID(),
				UUID.randomUUID(), sealedDestination("+22376000300"), providerId);
	}
}
