package org.beacon.staff.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Recovery codes: ten random codes of ten characters (about 50 bits each), shown once, stored as SHA-256 hashes (a
 * slow password hash adds nothing to a secret this long and random), each good for one sign-in. Written in two groups
 * of five from an alphabet without look-alikes; typed with or without the dash, in either case.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	List<String> generate() {
		return IntStream.range(0, COUNT).mapToObj(unused -> code()).toList();
	}

	private String code() {
		StringBuilder code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/** The stored form of a code as generated or as typed (dash, spaces and case do not matter). */
	static String hash(String code) {
		String normal = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}
}
