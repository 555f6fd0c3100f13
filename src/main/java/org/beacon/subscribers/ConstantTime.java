package org.beacon.subscribers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The one way this module compares tokens, codes and their hashes: in a time that does not depend on how much of
 * them agrees. {@code equals} stops at the first difference, so how fast it answers tells whoever guesses a token
 * how many of its first characters are right.
 */
final class ConstantTime {

	private ConstantTime() {
	}

	/**
	 * @param given what the caller sent; it goes first, as the time {@link MessageDigest#isEqual} takes depends only
	 *     on the length of its first argument, which the caller knows already
	 * @return whether both hold the same bytes; false when either is null
	 */
	static boolean equal(byte[] given, byte[] expected) {
		return given != null && expected != null && MessageDigest.isEqual(given, expected);
	}

	/** {@link #equal(byte[], byte[])} for text, compared as UTF-8. */
	static boolean equal(String given, String expected) {
		return given != null && expected != null
				&& equal(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
	}
}
