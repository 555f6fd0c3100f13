package org.beacon.checkins;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Check-ins: how their silent recipients are asked again, and how long a late reply is still recognized.
 *
 * @param waveInterval how long after a wave those who have not answered are asked again ({@code CHECKIN_WAVE_INTERVAL})
 * @param waves how many times a citizen is asked at most, the first sending included (SMS, then email, then a call)
 * @param lateAnswers how long after a check-in ends a reply to it is still recognized, and answered with the post's
 * emergency number rather than ignored
 * @param replyLinger how long a batch of SMS replies being read waits for more once its first has come: a few
 * milliseconds more for one reply, fuller batches (one transaction and one event each) in a flood; at most a second,
 * well within the 15 seconds Twilio waits for an answer
 */
@Validated
@ConfigurationProperties("beacon.checkin")
public record CheckInsProperties(@NotNull @DefaultValue("30m") Duration waveInterval,
		@Min(1) @Max(3) @DefaultValue("3") int waves, @NotNull @DefaultValue("7d") Duration lateAnswers,
		@NotNull @DurationMin(millis = 0) @DurationMax(seconds = 1) @DefaultValue("5ms") Duration replyLinger) {
}
