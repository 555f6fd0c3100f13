package org.beacon.platform.crypto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The keys contact points are sealed with in the database ({@link org.beacon.platform.ContactPointCipher}).
 * Empty on the embedded default, which generates its own into {@code beacon.embedded.data-dir}; required in the
 * {@code prod} profile. The keys are checked when the cipher is made ({@code CryptoKeys}): a key that is not
 * {@code id:base64} of 32 bytes stops the start with a message naming its id, never its bytes.
 *
 * @param keys AES-256 keys as {@code id:base64} (32 bytes), the primary one first (env {@code BEACON_CRYPTO_KEYS},
 * comma-separated): new values are sealed with the first, values sealed with the others still open. Rotation puts
 * a new key first and keeps the old ones until {@link ContactPointResealing} has sealed every value again
 * @param lookupKey the HMAC-SHA256 key of the lookup hashes, base64, at least 32 bytes (env
 * {@code BEACON_CRYPTO_LOOKUP_KEY}); fixed for a deployment, as every stored hash depends on it
 * @param reseal the job that seals values of retired keys with the primary one
 */
@Validated
@ConfigurationProperties("beacon.crypto")
public record CryptoProperties(
		@NotNull @DefaultValue List<String> keys, @NotNull @DefaultValue("") String lookupKey,
		@Valid @DefaultValue Reseal reseal) {

	/**
	 * @param onStart run the job once in the background at every start of an instance with the fan-out role
	 * @param batch how many rows one statement reads and one transaction rewrites
	 */
	public record Reseal(@DefaultValue("true") boolean onStart,
			@Min(1) @Max(10_000) @DefaultValue("500") int batch) {
	}
}
