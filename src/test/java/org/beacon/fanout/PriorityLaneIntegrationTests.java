package org.beacon.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.beacon.platform.Topics;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import io.micrometer.core.instrument.MeterRegistry;

/** EXTREME and SEVERE alerts travel on topics and consumers of their own; routine alerts on the others. */
class PriorityLaneIntegrationTests extends BeaconIntegrationTest {

	@Value("${spring.embedded.kafka.brokers}")
	String brokers;

	@Autowired
	MeterRegistry meters;

	@Test
	void urgentAndRoutineAlertsTakeTheirOwnLanes() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		pipeline.enroll("lanes@example.org", "+22376000090", Api.json("country", "ML"));
		long urgentBefore = consumed("beacon-sms-urgent", Topics.URGENT_SMS_DELIVERIES);
		long routineBefore = consumed("beacon-sms", Topics.SMS_DELIVERIES);

		// SEVERE rides the urgent lane too, and unlike EXTREME it needs no second person (the two-person rule).
		pipeline.awaitSettled(issue("SEVERE"), 1);
		// The offset is committed just after the ledger records the send.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				consumed("beacon-sms-urgent", Topics.URGENT_SMS_DELIVERIES)).isEqualTo(urgentBefore + 1));
		assertThat(consumed("beacon-sms", Topics.SMS_DELIVERIES)).isEqualTo(routineBefore);
		assertThat(consumed("beacon-fanout-urgent", Topics.URGENT_ALERTS)).isPositive();

		pipeline.awaitSettled(issue("MINOR"), 1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(
				() -> assertThat(consumed("beacon-sms", Topics.SMS_DELIVERIES)).isEqualTo(routineBefore + 1));
		assertThat(consumed("beacon-sms-urgent", Topics.URGENT_SMS_DELIVERIES)).isEqualTo(urgentBefore + 1);
		assertThat(TWILIO.messagesTo("+22376000090")).hasSize(2);
		assertThat(meters.counter("beacon.deliveries", "channel", "SMS", "status", "SENT", "priority", "urgent").count())
			.isGreaterThanOrEqualTo(1);
		assertThat(meters.counter("beacon.deliveries", "channel", "SMS", "status", "SENT", "priority", "routine").count())
			.isGreaterThanOrEqualTo(1);
		assertThat(meters.timer("beacon.fanout.duration", "priority", "urgent").count()).isPositive();
		assertThat(meters.timer("beacon.provider.latency", "channel", "SMS", "provider", "twilio", "outcome", "accepted").count()).isPositive();
		assertThat(meters.counter("beacon.alerts.issued", "type", "SECURITY_ALERT", "severity", "MINOR", "priority",
				"routine").count()).isPositive();
	}

	String issue(String severity) {
		Api.Response response = api().issueAlert(Api.json("type", "SECURITY_ALERT", "severity", severity, "title",
				severity + " alert", "body", "Body.", "area", Api.json("countries", List.of("ML")), "channels",
				List.of("SMS")));
		assertThat(response.status()).isEqualTo(202);
		return response.body().get("id").asText();
	}

	/** Records of the topic the group has committed, over all partitions. */
	long consumed(String group, String topic) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
			Set<Map.Entry<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata>> offsets = admin
				.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet();
			return offsets.stream().filter(entry -> entry.getKey().topic().equals(topic))
				.collect(Collectors.summingLong(entry -> entry.getValue().offset()));
		}
	}
}
