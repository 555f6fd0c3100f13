package org.beacon.staff.signin;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * TOTP codes (RFC 6238) as authenticator apps make them: HMAC-SHA-1, 30-second steps, 6 digits (java-otp does the
 * arithmetic). A code is accepted for its own step and the one before and after, so a clock off by up to 30 seconds
 * and a code typed as the step turns still work.
 */
final class TimeBasedCodes {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	private final TimeBasedOneTimePasswordGenerator generator;

	TimeBasedCodes(int digits) {
		this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits,
				TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
	}

	TimeBasedCodes() {
		this(DIGITS);
	}

	/** The code of the secret at this moment, with leading zeros. */
	String code(byte[] secret, Instant at) {
		try {
			return generator.generateOneTimePasswordString(key(secret), at);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalArgumentException("Not an HMAC key", ex);
		}
	}

	/** The step (30-second period since the epoch) of a moment. */
	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
	}

	/**
	 * The step whose code this is, among the step of {@code at} and its two neighbours; empty when it is none of them
	 * (or not six digits). Compared in constant time.
	 */
	OptionalLong stepOf(byte[] secret, String code, Instant at) {
		if (code == null || !code.matches("\\d{" + generator.getPasswordLength() + "}")) {
			return OptionalLong.empty();
		}
		long now = step(at);
		OptionalLong match = OptionalLong.empty();
		for (long step = now - 1; step <= now + 1; step++) {
			String expected = code(secret, Instant.ofEpochSecond(step * STEP.getSeconds()));
			if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII)) && match.isEmpty()) {
				match = OptionalLong.of(step);
			}
		}
		return match;
	}

	private static Key key(byte[] secret) {
		return new SecretKeySpec(secret, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
	}
}
