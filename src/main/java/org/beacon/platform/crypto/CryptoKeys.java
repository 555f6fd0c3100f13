package org.beacon.platform.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.beacon.platform.ContactPointCipher;

/** Reads keys as configured ({@code id:base64}); errors name the key's id or the setting, never key material. */
final class CryptoKeys {

	private CryptoKeys() {
	}

	static ContactPointCipher cipher(List<String> keys, String lookupKey) {
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("beacon.crypto.keys holds no key");
		}
		Map<String, SecretKey> byId = new LinkedHashMap<>();
		for (String entry : keys) {
			int colon = entry.indexOf(':');
			if (colon < 1 || !entry.substring(0, colon).matches("[A-Za-z0-9_-]{1,32}")) {
				throw new IllegalArgumentException("An entry of beacon.crypto.keys is not id:base64-key "
						+ "(an id of 1 to 32 letters, digits, - or _)");
			}
			String id = entry.substring(0, colon);
			byte[] key = decode(entry.substring(colon + 1), "key " + id + " of beacon.crypto.keys");
			if (key.length != 32) {
				throw new IllegalArgumentException("Key " + id + " of beacon.crypto.keys is not 32 bytes (AES-256)");
			}
			if (byId.put(id, new SecretKeySpec(key, "AES")) != null) {
				throw new IllegalArgumentException("Key id " + id + " appears twice in beacon.crypto.keys");
			}
		}
		byte[] lookup = decode(lookupKey, "beacon.crypto.lookup-key");
		if (lookup.length < 32) {
			throw new IllegalArgumentException("beacon.crypto.lookup-key is shorter than 32 bytes");
		}
		String primary = keys.get(0).substring(0, keys.get(0).indexOf(':'));
		return new ContactPointCipher(primary, byId, new SecretKeySpec(lookup, "HmacSHA256"));
	}

	private static byte[] decode(String base64, String what) {
		try {
			return base64.contains("-") || base64.contains("_") ? Base64.getUrlDecoder().decode(base64)
					: Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(what + " is not base64");
		}
	}
}
