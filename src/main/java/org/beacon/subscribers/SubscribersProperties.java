package org.beacon.subscribers;

import java.time.Duration;

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
 */
@Validated
@ConfigurationProperties("beacon.subscribers")
record SubscribersProperties(@Pattern(regexp = "[A-Z]{2}") @DefaultValue("US") String defaultPhoneRegion,
		@NotBlank @Size(min = 16) @DefaultValue("embedded-default-link-secret-not-for-production") String linkSecret,
		@NotNull @DurationMin(days = 1) @DurationMax(days = 3650) @DefaultValue("90d") Duration unsubscribeLinkValidity) {
}
