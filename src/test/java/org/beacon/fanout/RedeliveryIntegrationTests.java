package org.beacon.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.beacon.platform.Topics;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Kafka delivers at least once: a record can come again after a crash, a rebalance or a replay. None of that may
 * reach a citizen twice.
 */
class RedeliveryIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	KafkaTemplate<Object, Object> kafka;

	@Value("${spring.embedded.kafka.brokers}")
	String brokers;

	Pipeline pipeline;

	String subscriberId;

	@BeforeEach
	void citizenInMopti() {
		pipeline = new Pipeline(api());
		subscriberId = pipeline.enroll("mopti@example.org", "+22376000050", Api.json("country", "ML", "region", "ML-5"));
	}

	@Test
	void skipsAJobWhoseLedgerRowWasAlreadyClaimed() throws Exception {
		String alertId = pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS", "EMAIL"));
		pipeline.awaitSettled(alertId, 2);
		Map<String, Object> row = jdbc.queryForMap("SELECT id FROM delivery WHERE channel = 'SMS'");

		String duplicate = """
				{"type": "SmsDelivery", "schemaVersion": 1, "deliveryId": %s, "alertId": "%s", "subscriberId": "%s",
				 "to": "+22376000050", "text": "U.S. Embassy Bamako: Curfew."}""".formatted(row.get("id"), alertId,
				subscriberId);
		RecordMetadata sent = send(Topics.SMS_DELIVERIES, subscriberId, duplicate);
		awaitConsumed("beacon-sms", sent);

		assertThat(TWILIO.messagesTo("+22376000050")).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT attempts FROM delivery WHERE channel = 'SMS'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aReplayedAlertAddsNoDeliveryAndSendsNothingAgain() throws Exception {
		String alertId = pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS", "EMAIL"));
		pipeline.awaitSettled(alertId, 2);
		String published = jdbc.queryForObject(
				"SELECT serialized_event FROM event_publication WHERE serialized_event LIKE ?", String.class,
				"%" + alertId + "%");

		RecordMetadata replayed = send(Topics.ALERTS, alertId, published);
		awaitConsumed("beacon-fanout", replayed);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery", Long.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE status = 'SENT'", Long.class))
			.isEqualTo(2);
		assertThat(TWILIO.messages()).hasSize(1);
		assertThat(SMTP.getReceivedMessages()).hasSize(1);
	}

	@Test
	void theOutboxRecordsTheAlertAsPublishedToKafka() {
		String alertId = pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		pipeline.awaitSettled(alertId, 1);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?",
				Long.class, "%" + alertId + "%")).isZero());
	}

	RecordMetadata send(String topic, String key, String json) throws Exception {
		return kafka.send(topic, key, json.getBytes(StandardCharsets.UTF_8)).get().getRecordMetadata();
	}

	/** Waits until the group has committed past the record, i.e. its listener has handled it. */
	void awaitConsumed(String group, RecordMetadata record) {
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
					.get()
					.get(partition);
				assertThat(committed).isNotNull();
				assertThat(committed.offset()).isGreaterThan(record.offset());
			});
		}
	}
}
