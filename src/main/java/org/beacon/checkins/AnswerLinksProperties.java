package org.beacon.checkins;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The answer links of check-in emails ({@link AnswerLinks}).
 *
 * @param secret the key that signs them; in production the key of the unsubscribe links ({@code BEACON_LINK_SECRET},
 *     see application-prod.yml), each kind of link signed under its own prefix
 * @param grace how long after its check-in's deadline a link still opens its page: it takes no answer any more, but
 *     tells the post's emergency number; after that the link has expired (still a page with the number)
 */
@Validated
@ConfigurationProperties("beacon.checkin.links")
record AnswerLinksProperties(
		@NotBlank @Size(min = 16) @DefaultValue("embedded-default-link-secret-not-for-production") String secret,
		@NotNull @DurationMin(minutes = 0) @DurationMax(days = 90) @DefaultValue("7d") Duration grace) {
}
