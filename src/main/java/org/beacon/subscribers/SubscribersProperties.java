package org.beacon.subscribers;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultPhoneRegion the country assumed for a phone number written without a country code
 * @param linkSecret the key that signs unsubscribe links (env {@code BEACON_LINK_SECRET} in production)
 * @param unsubscribeLinkValidity how long the unsubscribe link of an alert email works after the email was sent: long,
 *     since emails are read late and mail providers keep the one-click link of an old email (RFC 8058); at least a
 *     day, at most ten years
 * @param retentionAfterTrip how long after its end date a place is deleted ({@link RetentionRule}): whole days, 1 to
 *     3650; the privacy notice states it
 * @param retentionNotice how long before an enrollment left without a place is deleted its citizen is told, with a
 *     link to keep it: whole days, 1 day up to {@code retentionAfterTrip}
 * @param retentionInterval the pause between two runs of the retention job ({@code RetentionSchedule})
 */
@Validated
@ConfigurationProperties("beacon.subscribers")
record SubscribersProperties(@Pattern(regexp = "[A-Z]{2}") @DefaultValue("US") String defaultPhoneRegion,
		@NotBlank @Size(min = 16) @DefaultValue("embedded-default-link-secret-not-for-production") String linkSecret,
		@NotNull @DurationMin(days = 1) @DurationMax(days = 3650) @DefaultValue("90d") Duration unsubscribeLinkValidity,
		@NotNull @DurationMin(days = 1) @DurationMax(days = 3650) @DefaultValue("30d") Duration retentionAfterTrip,
		@NotNull @DurationMin(days = 1) @DurationMax(days = 3650) @DefaultValue("7d") Duration retentionNotice,
		@NotNull @DurationMin(minutes = 1) @DurationMax(days = 1) @DefaultValue("PT1H") Duration retentionInterval) {

	/** Retention is counted in dates, so its periods are whole days, and the notice comes after the trip's end. */
	@AssertTrue(message = "retention-after-trip and retention-notice are whole days, and the notice is at most retention-after-trip")
	boolean isRetentionInWholeDays() {
		return retentionAfterTrip == null || retentionNotice == null
				|| wholeDays(retentionAfterTrip) && wholeDays(retentionNotice)
						&& retentionNotice.compareTo(retentionAfterTrip) <= 0;
	}

	private static boolean wholeDays(Duration duration) {
		return duration.equals(Duration.ofDays(duration.toDays()));
	}
}
