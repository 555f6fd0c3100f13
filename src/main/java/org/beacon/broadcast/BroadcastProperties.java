package org.beacon.broadcast;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxSmsSegments the longest SMS staff may send, in segments (each is billed)
 * @param derivedSmsSegments the length an SMS derived from title and body is cut to
 * @param capSender the CAP {@code sender} of Beacon's alerts
 * @param approvalAudienceThreshold the two-person rule: an alert that would reach more recipients than this (one per
 * citizen and channel) waits for an approver other than its author, as every EXTREME alert does; an update is counted
 * on the recipients of the alert it follows
 */
@Validated
@ConfigurationProperties("beacon.broadcast")
record BroadcastProperties(@Min(1) @Max(10) @DefaultValue("6") int maxSmsSegments,
		@Min(1) @Max(10) @DefaultValue("3") int derivedSmsSegments,
		@NotBlank @DefaultValue("alerts@beacon.localhost") String capSender,
		@Min(1) @DefaultValue("10000") long approvalAudienceThreshold) {
}
