package org.beacon.support;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.beacon.platform.ContactPointCipher;

/**
 * Fixed contact point keys for tests that start several Beacon processes on one database: each process must seal
 * and open with the same keys, which the embedded default would otherwise generate per data directory.
 */
public final class TestKeys {

	public static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	public static final String LOOKUP_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

	private TestKeys() {
	}

	/** The settings that give a process these keys. */
	public static List<String> settings() {
		return List.of("--beacon.crypto.keys=test-1:" + KEY, "--beacon.crypto.lookup-key=" + LOOKUP_KEY);
	}

	/** A cipher with these keys, for writing to such a database directly. */
	public static ContactPointCipher cipher() {
		return new ContactPointCipher("test-1",
				Map.of("test-1", new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES")),
				new SecretKeySpec(Base64.getDecoder().decode(LOOKUP_KEY), "HmacSHA256"));
	}
}
