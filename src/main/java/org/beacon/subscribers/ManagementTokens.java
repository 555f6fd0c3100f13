package org.beacon.subscribers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Management tokens: 256 random bits, given to the citizen once and stored only as a SHA-256 hash, so a copy of
 * the database does not let anyone manage an enrollment.
 */
final class ManagementTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ManagementTokens() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Compares in constant time. */
	static boolean matches(String token, byte[] storedHash) {
		return token != null && ConstantTime.equal(hash(token), storedHash);
	}
}
