package org.beacon.subscribers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The emergency contacts citizens asked to be told about them. A contact is someone the citizen named, not a
 * subscriber: Beacon reaches them only with the citizen's consent, and only with what the citizen consented to.
 */
@Service
public class EmergencyContacts {

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	EmergencyContacts(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
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
	 * The emergency contacts to tell that these citizens answered a check-in "safe", by citizen: only those who
	 * consent to it and have given the contact's phone; none for a citizen who left.
	 */
	public Map<UUID, SafeContact> toTellWhenSafe(Collection<UUID> subscriberIds) {
		Map<UUID, SafeContact> contacts = new HashMap<>();
		if (subscriberIds.isEmpty()) {
			return contacts;
		}
		jdbc.sql("""
				SELECT id, emergency_contact_phone_sealed, locale FROM subscriber
				WHERE id = ANY(?) AND relay_safe_to_contact AND emergency_contact_phone_sealed IS NOT NULL""")
			.param(subscriberIds.toArray(UUID[]::new))
			.query(rs -> {
				contacts.put(rs.getObject("id", UUID.class), new SafeContact(
						cipher.open(rs.getBytes("emergency_contact_phone_sealed"),
								SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE),
						Locale.forLanguageTag(rs.getString("locale"))));
			});
		return contacts;
	}
}
