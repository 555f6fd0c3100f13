package org.beacon.briefings;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Trip briefings.
 *
 * @param beforeDeparture how long before a trip's first day starts (where the trip goes) its pre-departure briefing
 * falls due
 * @param arrivalTime the local time on the trip's first day its arrival briefing falls due
 * @param poll how often the schedule looks for briefings due ({@code beacon.briefings.poll}, read by the schedule)
 * @param pageSize trips read, decided and published per transaction
 */
@Validated
@ConfigurationProperties("beacon.briefings")
record BriefingsProperties(@NotNull @DefaultValue("P3D") Duration beforeDeparture,
		@NotNull @DefaultValue("08:00") LocalTime arrivalTime, @NotNull @DefaultValue("PT5M") Duration poll,
		@Min(1) @Max(10000) @DefaultValue("500") int pageSize) {
}
