package org.beacon.platform.kafka;

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
		return new KafkaAdmin.NewTopics(
				TopicBuilder.name(Topics.ADVISORY_CHANGES).partitions(topics.partitions()).replicas(topics.replicas())
					.build(),
				TopicBuilder.name(Topics.ALERTS).partitions(topics.partitions()).replicas(topics.replicas()).build(),
				TopicBuilder.name(Topics.SMS_DELIVERIES).partitions(topics.partitions()).replicas(topics.replicas())
					.build(),
				TopicBuilder.name(Topics.EMAIL_DELIVERIES).partitions(topics.partitions()).replicas(topics.replicas())
					.build());
	}
}
