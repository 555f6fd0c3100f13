package org.beacon.platform.kafka;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param partitions partitions of each main topic (env {@code BEACON_KAFKA_PARTITIONS})
 * @param replicas replication factor (1 on the embedded broker, 3 on a production cluster)
 */
@Validated
@ConfigurationProperties("beacon.kafka")
public record KafkaTopicsProperties(@Min(1) @DefaultValue("6") int partitions,
		@Min(1) @DefaultValue("1") short replicas) {
}
