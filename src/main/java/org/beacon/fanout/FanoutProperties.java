package org.beacon.fanout;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pageSize subscribers resolved, written to the ledger and queued per round trip
 * @param sendTimeoutSeconds how long a page waits for Kafka to acknowledge its jobs
 * @param shards how many shards one alert's fan-out is split into at most, and how many shard consumers each
 * fan-out process runs per lane: shards of one alert are walked at once
 * @param shardSize how many places in the area (an upper bound on the audience) make one more shard worth it: an
 * alert to fewer is walked in one shard by the consumer of the alert, with no extra hop through Kafka
 */
@Validated
@ConfigurationProperties("beacon.fanout")
record FanoutProperties(@Min(1) @Max(50000) @DefaultValue("5000") int pageSize,
		@Min(1) @DefaultValue("60") int sendTimeoutSeconds, @Min(1) @Max(64) @DefaultValue("4") int shards,
		@Min(1) @DefaultValue("20000") int shardSize) {
}
