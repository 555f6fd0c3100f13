package org.beacon.fanout;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pageSize subscribers resolved, written to the ledger and queued per round trip
 * @param sendTimeoutSeconds how long a page waits for Kafka to acknowledge its jobs
 */
@Validated
@ConfigurationProperties("beacon.fanout")
record FanoutProperties(@Min(1) @Max(50000) @DefaultValue("1000") int pageSize,
		@Min(1) @DefaultValue("60") int sendTimeoutSeconds) {
}
