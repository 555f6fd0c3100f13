package org.beacon.broadcast.issuing;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
 * @param minRadiusKm the smallest circle an alert or an audience estimate may name, in kilometres: a circle around one
 * citizen's point would tell staff whether that citizen is there (the estimate's counts below
 * {@link AudienceEstimates#FEWER_THAN} are not shown either); between 0.1 and 2000
 * @param checkInDeadline how long a check-in takes answers when staff set no deadline
 * @param maxCheckInDeadline the furthest deadline staff may set on a check-in
 */
@Validated
@ConfigurationProperties("beacon.broadcast")
public record BroadcastProperties(@Min(1) @Max(10) @DefaultValue("6") int maxSmsSegments,
		@Min(1) @Max(10) @DefaultValue("3") int derivedSmsSegments,
		@NotBlank @DefaultValue("alerts@beacon.localhost") String capSender,
		@Min(1) @DefaultValue("10000") long approvalAudienceThreshold,
		@DecimalMin("0.1") @DecimalMax("2000") @DefaultValue("1") double minRadiusKm,
		@NotNull @DefaultValue("24h") Duration checkInDeadline, @NotNull @DefaultValue("30d") Duration maxCheckInDeadline) {

	/** {@link #minRadiusKm} as people write it: {@code 1}, {@code 0.5}. */
	public String minRadius() {
		return BigDecimal.valueOf(minRadiusKm).stripTrailingZeros().toPlainString();
	}
}
