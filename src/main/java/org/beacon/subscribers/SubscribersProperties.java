package org.beacon.subscribers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultPhoneRegion the country assumed for a phone number written without a country code
 * @param linkSecret the key that signs unsubscribe links (env {@code BEACON_LINK_SECRET} in production)
 */
@Validated
@ConfigurationProperties("beacon.subscribers")
record SubscribersProperties(@Pattern(regexp = "[A-Z]{2}") @DefaultValue("US") String defaultPhoneRegion,
		@NotBlank @Size(min = 16) @DefaultValue("embedded-default-link-secret-not-for-production") String linkSecret) {
}
