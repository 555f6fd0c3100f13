package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.beacon.support.MutableClock;
import org.beacon.support.TestKeys;
import org.junit.jupiter.api.Test;

/** Unsubscribe tokens carry their expiry, signed with the subscriber's id: they work for the link validity only. */
class EmailConsentTests {

	static final Duration VALIDITY = Duration.ofDays(90);

	final MutableClock clock = new MutableClock();

	final EmailConsent consent = new EmailConsent(null, clock,
			new SubscribersProperties("US", "a-test-link-secret-of-some-length", VALIDITY,
					Duration.ofDays(30), Duration.ofDays(7), Duration.ofHours(1)), TestKeys.cipher());

	final UUID subscriber = UUID.randomUUID();

	@Test
	void aTokenCarriesItsExpiryAndWorksUntilThen() {
		String token = consent.unsubscribeToken(subscriber);

		long expiry = Long.parseLong(token.substring(0, token.indexOf('.')));
		assertThat(expiry).isBetween(clock.instant().plus(VALIDITY).getEpochSecond() - 5,
				clock.instant().plus(VALIDITY).getEpochSecond());
		assertThat(consent.isUnsubscribeToken(subscriber, token)).isTrue();
		clock.advance(VALIDITY.minusMinutes(1));
		assertThat(consent.isUnsubscribeToken(subscriber, token)).as("read late, but in time").isTrue();
		clock.advance(Duration.ofMinutes(1));
		assertThat(consent.isUnsubscribeToken(subscriber, token)).as("expired").isFalse();
		assertThat(consent.isUnsubscribeToken(subscriber, consent.unsubscribeToken(subscriber)))
			.as("a link in a newer email works").isTrue();
	}

	@Test
	void anExpiryMovedLaterBreaksTheSignature() {
		String token = consent.unsubscribeToken(subscriber);
		long expiry = Long.parseLong(token.substring(0, token.indexOf('.')));
		String signature = token.substring(token.indexOf('.') + 1);

		assertThat(consent.isUnsubscribeToken(subscriber, (expiry + 86_400 * 365) + "." + signature)).isFalse();
		assertThat(consent.isUnsubscribeToken(subscriber, "0" + expiry + "." + signature)).isFalse();
		assertThat(consent.isUnsubscribeToken(subscriber, "+" + expiry + "." + signature)).isFalse();
	}

	@Test
	void aTokenIsOneSubscribersOnly() {
		assertThat(consent.isUnsubscribeToken(UUID.randomUUID(), consent.unsubscribeToken(subscriber))).isFalse();
	}

	@Test
	void whatIsNotShapedLikeATokenIsNoToken() {
		String signature = consent.unsubscribeToken(subscriber).substring(consent.unsubscribeToken(subscriber)
			.indexOf('.') + 1);
		for (String malformed : new String[] { null, "", ".", "forged", "123", "123.", "." + signature,
				"-5." + signature, "99999999999999999999." + signature, "1e10." + signature, signature }) {
			assertThat(consent.isUnsubscribeToken(subscriber, malformed)).as(String.valueOf(malformed)).isFalse();
		}
	}
}
