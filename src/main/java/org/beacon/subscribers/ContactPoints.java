package org.beacon.subscribers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A subscriber's contact points and whether each is verified. */
@Repository
class ContactPoints {

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	ContactPoints(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	record Current(UUID id, String email, boolean emailVerified, String phone, boolean phoneVerified, Locale locale) {

		String destination(Channel channel) {
			return channel == Channel.EMAIL ? email : phone;
		}

		boolean verified(Channel channel) {
			return channel == Channel.EMAIL ? emailVerified : phoneVerified;
		}
	}

	Optional<Current> find(UUID id) {
		return jdbc.sql("""
				SELECT id, email_sealed, email_verified_at IS NOT NULL AS email_verified, phone_sealed,
				       phone_verified_at IS NOT NULL AS phone_verified, locale
				FROM subscriber WHERE id = ?""")
			.param(id)
			.query((rs, n) -> new Current(id,
					cipher.open(rs.getBytes("email_sealed"), SealedColumn.SUBSCRIBER_EMAIL),
					rs.getBoolean("email_verified"),
					cipher.open(rs.getBytes("phone_sealed"), SealedColumn.SUBSCRIBER_PHONE),
					rs.getBoolean("phone_verified"), Locale.forLanguageTag(rs.getString("locale"))))
			.optional();
	}

	/** Enrollments with this email address (one person may hold several), oldest first. */
	List<UUID> withEmail(String email) {
		return jdbc.sql("SELECT id FROM subscriber WHERE email_hash = ? ORDER BY created_at LIMIT 5")
			.param(cipher.emailLookup(email))
			.query(UUID.class)
			.list();
	}

	/** Marks the contact point verified, if it is still the one the challenge was sent to. */
	boolean markVerified(UUID id, Channel channel, String destination, Instant now) {
		String column = channel == Channel.EMAIL ? "email" : "phone";
		byte[] hash = channel == Channel.EMAIL ? cipher.emailLookup(destination) : cipher.phoneLookup(destination);
		return jdbc.sql(
				"UPDATE subscriber SET %1$s_verified_at = COALESCE(%1$s_verified_at, ?) WHERE id = ? AND %1$s_hash = ?"
					.formatted(column))
			.params(Timestamp.from(now), id, hash)
			.update() == 1;
	}
}
