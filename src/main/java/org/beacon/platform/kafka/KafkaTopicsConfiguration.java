package org.beacon.platform.kafka;

import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.beacon.platform.Topics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the main topics at start with the configured partition count; the partition count bounds how many
 * consumers of one group can work in parallel. Retry and dead-letter topics are created by each listener's
 * {@code @RetryableTopic}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaTopicsProperties.class)
class KafkaTopicsConfiguration {

	@Bean
	KafkaAdmin.NewTopics beaconTopics(KafkaTopicsProperties topics) {
		return new KafkaAdmin.NewTopics(Stream
			.of(Topics.ADVISORY_CHANGES, Topics.ALERTS, Topics.URGENT_ALERTS, Topics.FANOUT_SHARDS,
					Topics.URGENT_FANOUT_SHARDS, Topics.SMS_DELIVERIES,
					Topics.URGENT_SMS_DELIVERIES, Topics.EMAIL_DELIVERIES, Topics.URGENT_EMAIL_DELIVERIES,
					Topics.SMS_RETRIES, Topics.URGENT_SMS_RETRIES, Topics.EMAIL_RETRIES, Topics.URGENT_EMAIL_RETRIES,
					Topics.EMAIL_CHALLENGES, Topics.SMS_CHALLENGES, Topics.DELIVERY_REPORTS,
					Topics.DELIVERY_REPORT_RETRIES, Topics.CHECKIN_RESPONSES,
					Topics.VOICE_DELIVERIES, Topics.VOICE_RETRIES, Topics.CHECKIN_WAVES,
					Topics.BRIEFINGS)
			.map(topic -> TopicBuilder.name(topic).partitions(topics.partitions()).replicas(topics.replicas()).build())
			.toArray(NewTopic[]::new));
	}
}
