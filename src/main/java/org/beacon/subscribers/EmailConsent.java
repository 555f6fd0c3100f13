package org.beacon.subscribers;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email opt-out: one-click unsubscribe links (RFC 8058) signed per subscriber, and suppression of addresses that
 * failed for good. SMS is not affected.
 */
@Service
public class EmailConsent {

	private static final Logger log = LoggerFactory.getLogger(EmailConsent.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecretKeySpec key;

	EmailConsent(JdbcClient jdbc, Clock clock, SubscribersProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.key = new SecretKeySpec(properties.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The secret that makes an unsubscribe link work for this subscriber only. */
	public String unsubscribeToken(UUID subscriberId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] digest = mac.doFinal(("unsubscribe:" + subscriberId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether the token is this subscriber's unsubscribe token, compared in constant time; false for null. */
	boolean isUnsubscribeToken(UUID subscriberId, String token) {
		return ConstantTime.equal(token, unsubscribeToken(subscriberId));
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
		log.info("Subscriber {} unsubscribed from email alerts", subscriberId);
		return updated == 1;
	}

	/** Stops email to an address the mail system refused for good (an SMTP 5xx answer). */
	@Transactional
	public void suppress(String address, String reason) {
		int count = jdbc.sql("""
				UPDATE subscriber SET email_opted_out_at = ?, email_opt_out_reason = ?
				WHERE email = ? AND email_opted_out_at IS NULL""")
			.params(Timestamp.from(clock.instant()), reason, address)
			.update();
		log.warn("Suppressed email to {} for {} enrollment(s): {}", Masking.email(address), count, Masking.text(reason));
	}
}
