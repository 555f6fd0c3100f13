package org.beacon.broadcast.issuing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.beacon.broadcast.AlertType;
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
 * @param lifetimes how long an alert of each type is in force when staff set no expiry
 * @param maxLifetime the furthest expiry staff may set, from now
 * @param openArrivals how far ahead an alert without expiry (a travel advisory staff wrote) reaches citizens arriving
 */
@Validated
@ConfigurationProperties("beacon.broadcast")
public record BroadcastProperties(@Min(1) @Max(10) @DefaultValue("6") int maxSmsSegments,
		@Min(1) @Max(10) @DefaultValue("3") int derivedSmsSegments,
		@NotBlank @DefaultValue("alerts@beacon.localhost") String capSender,
		@Min(1) @DefaultValue("10000") long approvalAudienceThreshold,
		@DecimalMin("0.1") @DecimalMax("2000") @DefaultValue("1") double minRadiusKm,
		@NotNull @DefaultValue("24h") Duration checkInDeadline, @NotNull @DefaultValue("30d") Duration maxCheckInDeadline,
		@NotNull @Valid @DefaultValue Lifetimes lifetimes, @NotNull @DefaultValue("366d") Duration maxLifetime,
		@NotNull @DefaultValue("30d") Duration openArrivals) {

	/**
	 * Default lifetimes per alert type. A travel advisory has none: it is in force until the country's next level
	 * change.
	 */
	public record Lifetimes(@NotNull @DefaultValue("7d") Duration security,
			@NotNull @DefaultValue("7d") Duration demonstration, @NotNull @DefaultValue("30d") Duration health,
			@NotNull @DefaultValue("30d") Duration weather, @NotNull @DefaultValue("30d") Duration message) {

		/** The default lifetime of the type; empty for a travel advisory. */
		public Optional<Duration> of(AlertType type) {
			return Optional.ofNullable(switch (type) {
				case SECURITY_ALERT -> security;
				case DEMONSTRATION_ALERT -> demonstration;
				case HEALTH_ALERT -> health;
				case WEATHER_ALERT -> weather;
				case MESSAGE -> message;
				case TRAVEL_ADVISORY -> null;
			});
		}
	}

	/** {@link #minRadiusKm} as people write it: {@code 1}, {@code 0.5}. */
	public String minRadius() {
		return BigDecimal.valueOf(minRadiusKm).stripTrailingZeros().toPlainString();
	}
}
