package org.beacon.subscribers;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultPhoneRegion the country assumed for a phone number written without a country code
 */
@Validated
@ConfigurationProperties("beacon.subscribers")
record SubscribersProperties(@Pattern(regexp = "[A-Z]{2}") @DefaultValue("US") String defaultPhoneRegion) {
}
