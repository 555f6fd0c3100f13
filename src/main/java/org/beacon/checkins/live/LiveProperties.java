package org.beacon.checkins.live;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often the check-in pages are brought up to date.
 *
 * @param throttle at most one count of a check-in per this long, however many answers come meanwhile: 1,000 answers a
 * second are counted twice a second, not 1,000 times
 * @param refresh how often the counts are pushed without an answer, for what changes otherwise: deliveries that fail
 * (unreachable), waves, the deadline
 */
@Validated
@ConfigurationProperties("beacon.checkin.live")
public record LiveProperties(@NotNull @DefaultValue("500ms") Duration throttle,
		@NotNull @DefaultValue("5s") Duration refresh) {
}
