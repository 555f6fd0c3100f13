package org.beacon.subscribers;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The emergency contacts citizens asked to be told about them. A contact is someone the citizen named, not a
 * subscriber: Beacon reaches them only with the citizen's consent, and only with what the citizen consented to.
 */
@Service
public class EmergencyContacts {

	private final JdbcClient jdbc;

	EmergencyContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whom to tell that a citizen answered "safe".
	 *
	 * @param phone the contact's E.164 number
	 * @param locale the citizen's language, which the message is written in (the contact's is not known)
	 */
	public record SafeContact(String phone, Locale locale) {
	}

	/**
	 * The emergency contact to tell that the citizen answered a check-in "safe": present only while the citizen
	 * consents to it and has given the contact's phone; empty for a citizen who left.
	 */
	public Optional<SafeContact> toTellWhenSafe(UUID subscriberId) {
		return jdbc.sql("""
				SELECT emergency_contact_phone, locale FROM subscriber
				WHERE id = ? AND relay_safe_to_contact AND emergency_contact_phone IS NOT NULL""")
			.param(subscriberId)
			.query((rs, n) -> new SafeContact(rs.getString("emergency_contact_phone"),
					Locale.forLanguageTag(rs.getString("locale"))))
			.optional();
	}
}
