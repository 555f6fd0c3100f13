package org.beacon.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals citizens' contact points (email addresses, phone numbers) for the database, and derives the keyed hash they
 * are looked up by.
 *
 * <p>A sealed value is AES-256-GCM (the JDK's own {@code AES/GCM/NoPadding}) with a fresh 12-byte nonce, laid out as
 * {@code [length of key id][key id][nonce][ciphertext and 16-byte tag]}. The associated data is the column it is
 * stored in ({@link SealedColumn}): a value copied into another column does not open. New values are sealed
 * with the primary key; values sealed with a retired key still open as long as that key is configured
 * ({@link #sealedWithRetiredKey} finds them for resealing).
 *
 * <p>A lookup hash is HMAC-SHA256 under a key of its own over the normalised value: an email address trimmed and
 * lower-cased, a phone number (E.164) trimmed. Equal contact points have equal hashes, so uniqueness and
 * {@code WHERE email_hash = ?} work without the plaintext.
 */
public final class ContactPointCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String primaryId;

	private final byte[] primaryIdBytes;

	private final Map<String, SecretKey> keys;

	private final SecretKey lookupKey;

	// Cipher.getInstance and Mac.getInstance cost several times the work itself (a provider lookup each): each thread
	// keeps its own, and inits it per value (a fresh nonce each time; the AES key schedule is kept while the key is).
	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(ContactPointCipher::aesGcm);

	private final ThreadLocal<Mac> macs;

	/**
	 * @param primaryId the key new values are sealed with; one of {@code keys}
	 * @param keys every key a stored value may be sealed with, by id
	 * @param lookupKey the HMAC key of the lookup hashes
	 */
	public ContactPointCipher(String primaryId, Map<String, SecretKey> keys, SecretKey lookupKey) {
		if (!keys.containsKey(primaryId)) {
			throw new IllegalArgumentException("The primary key " + primaryId + " is not among the keys");
		}
		this.primaryId = primaryId;
		this.primaryIdBytes = primaryId.getBytes(StandardCharsets.US_ASCII);
		this.keys = Map.copyOf(keys);
		this.lookupKey = lookupKey;
		this.macs = ThreadLocal.withInitial(() -> hmac(lookupKey));
	}

	/** The value sealed with the primary key for {@code column}; null stays null. */
	public byte[] seal(String value, SealedColumn column) {
		if (value == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(primaryId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(column.associatedData().getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + primaryIdBytes.length + NONCE_BYTES + sealed.length)
				.put((byte) primaryIdBytes.length)
				.put(primaryIdBytes)
				.put(nonce)
				.put(sealed)
				.array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * The value {@link #seal} sealed for {@code column}; null stays null.
	 *
	 * @throws SealedValueException when its key is not configured, or it was altered or sealed for another column
	 */
	public String open(byte[] sealed, SealedColumn column) {
		if (sealed == null) {
			return null;
		}
		String keyId = keyId(sealed);
		SecretKey key = keys.get(keyId);
		if (key == null) {
			throw new SealedValueException("A value of " + column.associatedData() + " is sealed with key " + keyId
					+ ", which is not configured (beacon.crypto.keys)");
		}
		int offset = 1 + sealed[0];
		try {
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, offset, NONCE_BYTES));
			cipher.updateAAD(column.associatedData().getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(sealed, offset + NONCE_BYTES, sealed.length - offset - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new SealedValueException("A value of " + column.associatedData() + " does not open with key " + keyId
					+ ": altered, or sealed for another column", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** Whether a sealed value was sealed with another key than the primary one, and should be sealed again. */
	public boolean sealedWithRetiredKey(byte[] sealed) {
		return sealed != null && !Arrays.equals(sealed, 1, 1 + sealed[0], primaryIdBytes, 0, primaryIdBytes.length);
	}

	/**
	 * This cipher after a rotation to {@code key}: new values are sealed with it, and every key of this one is
	 * retired but still opens what it sealed (as {@code beacon.crypto.keys} with the new key put first).
	 */
	public ContactPointCipher rotatedTo(String id, SecretKey key) {
		Map<String, SecretKey> all = new java.util.HashMap<>(keys);
		all.put(id, key);
		return new ContactPointCipher(id, all, lookupKey);
	}

	/** The id of the key new values are sealed with. */
	public String primaryKeyId() {
		return primaryId;
	}

	/** The lookup hash of an email address (trimmed, lower-cased); null stays null. */
	public byte[] emailLookup(String email) {
		return email == null ? null : lookup("email:" + email.trim().toLowerCase(Locale.ROOT));
	}

	/** The lookup hash of a phone number in E.164; null stays null. */
	public byte[] phoneLookup(String phone) {
		return phone == null ? null : lookup("phone:" + phone.trim());
	}

	private byte[] lookup(String normalised) {
		// doFinal leaves the Mac ready for the next value under the same key.
		return macs.get().doFinal(normalised.getBytes(StandardCharsets.UTF_8));
	}

	private static Cipher aesGcm() {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	private static Mac hmac(SecretKey key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static String keyId(byte[] sealed) {
		int length = sealed.length == 0 ? 0 : sealed[0];
		if (length <= 0 || sealed.length < 1 + length + NONCE_BYTES + TAG_BITS / 8) {
			throw new SealedValueException("Not a sealed value");
		}
		return new String(sealed, 1, length, StandardCharsets.US_ASCII);
	}

	/** A stored value that cannot be opened. Its message names the key and column, never the value. */
	public static final class SealedValueException extends IllegalStateException {

		SealedValueException(String message) {
			super(message);
		}

		SealedValueException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
