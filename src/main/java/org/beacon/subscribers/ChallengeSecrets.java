package org.beacon.subscribers;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The secret of a challenge, derived from its id with an HMAC under {@code beacon.subscribers.link-secret}: the
 * process that sends it recomputes it, so it is never written anywhere in clear (not in the database, not in the
 * event outbox, not on Kafka); only its SHA-256 hash is stored.
 */
@Component
class ChallengeSecrets {

	/** How many different codes there are: 10 to the power of {@link ChallengePurpose#CODE_DIGITS}. */
	private static final long CODES = (long) Math.pow(10, ChallengePurpose.CODE_DIGITS);

	private final SecretKeySpec key;

	ChallengeSecrets(SubscribersProperties properties) {
		this.key = new SecretKeySpec(properties.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** {@link ChallengePurpose#CODE_DIGITS} digits for SMS codes, 256 bits in base64url for links. */
	String secret(UUID challengeId, ChallengePurpose purpose) {
		byte[] mac = mac("challenge:" + purpose + ":" + challengeId);
		if (purpose == ChallengePurpose.VERIFY_PHONE) {
			long value = ByteBuffer.wrap(mac).getLong() & Long.MAX_VALUE;
			return ("%0" + ChallengePurpose.CODE_DIGITS + "d").formatted(value % CODES);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
	}

	static byte[] hash(String secret) {
		return ManagementTokens.hash(secret);
	}

	private byte[] mac(String input) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
