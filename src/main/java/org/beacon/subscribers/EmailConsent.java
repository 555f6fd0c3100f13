package org.beacon.subscribers;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email opt-out: one-click unsubscribe links (RFC 8058) signed per subscriber, and suppression of addresses that
 * failed for good. SMS is not affected.
 * <p>
 * An unsubscribe token carries its own expiry: {@code <expiry, in seconds since the epoch>.<HMAC-SHA256 of the
 * subscriber id and that expiry>}, so a link works for {@code beacon.subscribers.unsubscribe-link-validity} after
 * the email was sent (90 days unless set), and a link copied from an old email, a mailbox or a log does not work for
 * ever. Changing the expiry breaks the signature.
 */
@Service
public class EmailConsent {

	private static final Logger log = LoggerFactory.getLogger(EmailConsent.class);

	/** The expiry part of a token: seconds since the epoch, as {@link Long#toString(long)} writes them. */
	private static final Pattern EXPIRY = Pattern.compile("[1-9][0-9]{0,17}");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Duration linkValidity;

	private final ContactPointCipher cipher;

	EmailConsent(JdbcClient jdbc, Clock clock, SubscribersProperties properties, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.key = new SecretKeySpec(properties.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.linkValidity = properties.unsubscribeLinkValidity();
	}

	/**
	 * The secret that makes an unsubscribe link work for this subscriber only, until the link validity has passed.
	 */
	public String unsubscribeToken(UUID subscriberId) {
		long expiry = clock.instant().plus(linkValidity).getEpochSecond();
		return expiry + "." + unsubscribeSignature(subscriberId, expiry);
	}

	/**
	 * Whether the token is an unexpired unsubscribe token of this subscriber, its signature compared in constant
	 * time; false for null and for whatever is not shaped like a token.
	 */
	boolean isUnsubscribeToken(UUID subscriberId, String token) {
		int dot = token == null ? -1 : token.indexOf('.');
		if (dot < 0 || !EXPIRY.matcher(token.substring(0, dot)).matches()) {
			return false;
		}
		long expiry = Long.parseLong(token.substring(0, dot));
		boolean signed = ConstantTime.equal(token.substring(dot + 1), unsubscribeSignature(subscriberId, expiry));
		return signed && clock.instant().getEpochSecond() < expiry;
	}

	private String unsubscribeSignature(UUID subscriberId, long expiry) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] digest = mac.doFinal(("unsubscribe:" + subscriberId + ":" + expiry).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return false when the token does not belong to this subscriber, or the subscriber is gone */
	@Transactional
	public boolean unsubscribe(UUID subscriberId, String token) {
		if (!isUnsubscribeToken(subscriberId, token)) {
			return false;
		}
		int updated = jdbc.sql("""
				UPDATE subscriber SET email_opted_out_at = COALESCE(email_opted_out_at, ?),
				       email_opt_out_reason = COALESCE(email_opt_out_reason, 'unsubscribed')
				WHERE id = ?""").params(Timestamp.from(clock.instant()), subscriberId).update();
		if (updated == 1) {
			log.info("Subscriber {} unsubscribed from email alerts", subscriberId);
		}
		return updated == 1;
	}

	/**
	 * Stops email to an address the mail system refused for good (an SMTP 5xx answer, a bounce) or whose owner marked
	 * an alert as spam (a complaint); an address already stopped keeps its first reason.
	 */
	@Transactional
	public void suppress(String address, String reason) {
		int count = jdbc.sql("""
				UPDATE subscriber SET email_opted_out_at = ?, email_opt_out_reason = ?
				WHERE email_hash = ? AND email_opted_out_at IS NULL""")
			.params(Timestamp.from(clock.instant()), reason, cipher.emailLookup(address))
			.update();
		log.warn("Suppressed email to {} for {} enrollment(s): {}", Masking.email(address), count, Masking.line(reason));
	}
}
