package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * The retry meta-annotations reach Spring Kafka: each stage's listener gets the retry topics its own attempts
 * setting asks for (5 by default: 4 retry topics), then a dead-letter topic; a delivery's retries listener gets
 * {@code beacon.delivery.attempts} less the batch's own try (3 in tests: one retry topic, which Spring Kafka names
 * without an index); so do the delivery reports' retries.
 */
class StageRetriesIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	KafkaListenerEndpointRegistry registry;

	@Test
	void theFanOutAndTheAdvisoryChangesRetryAsTheirAttemptsSay() {
		for (String topic : List.of(Topics.ALERTS, Topics.URGENT_ALERTS, Topics.ADVISORY_CHANGES)) {
			assertThat(listenedTopics()).as(topic)
				.contains(topic + ".retry-0", topic + ".retry-3", topic + ".dlt")
				.doesNotContain(topic + ".retry-4");
		}
	}

	@Test
	void deliveryRetriesKeepTheirOwnPolicy() {
		for (String topic : List.of(Topics.SMS_RETRIES, Topics.URGENT_SMS_RETRIES, Topics.EMAIL_RETRIES,
				Topics.URGENT_EMAIL_RETRIES, Topics.DELIVERY_REPORT_RETRIES)) {
			assertThat(listenedTopics()).as(topic)
				.contains(topic, topic + ".retry", topic + ".dlt")
				.doesNotContain(topic + ".retry-0", topic + ".retry-1");
		}
	}

	List<String> listenedTopics() {
		return registry.getAllListenerContainers().stream()
			.map(container -> container.getContainerProperties().getTopics())
			.filter(Objects::nonNull)
			.flatMap(Arrays::stream)
			.toList();
	}
}
