package org.beacon.subscribers;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.beacon.platform.ContactPointCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose a contact point is, as far as staff may know it: the countries of the places enrolled by the citizens who hold
 * an email address or a phone number now. It decides which post a message sent to that address or number concerns. An
 * address or number that no enrollment holds any more (the citizen left, or changed it) concerns no country.
 */
@Service
public class ContactPointCountries {

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	ContactPointCountries(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * @param contactPoints email addresses (matched without regard to case, as enrollment stores them in lower case)
	 *     and E.164 phone numbers
	 * @return for each contact point given, the countries of every place of every enrollment holding it (as an email
	 *     address or as a phone number); empty for one that no enrollment holds
	 */
	@Transactional(readOnly = true)
	public Map<String, Set<String>> of(Collection<String> contactPoints) {
		Set<String> emails = new LinkedHashSet<>();
		Set<String> phones = new LinkedHashSet<>();
		for (String contactPoint : contactPoints) {
			if (contactPoint != null && !contactPoint.isBlank()) {
				(contactPoint.contains("@") ? emails : phones).add(normalized(contactPoint));
			}
		}
		Map<String, Set<String>> found = new HashMap<>();
		if (!emails.isEmpty() || !phones.isEmpty()) {
			// Matched by lookup hash; each hash found is mapped back to the contact point it was computed from.
			Map<ByteBuffer, String> byHash = new HashMap<>();
			emails.forEach(email -> byHash.put(ByteBuffer.wrap(cipher.emailLookup(email)), email));
			phones.forEach(phone -> byHash.put(ByteBuffer.wrap(cipher.phoneLookup(phone)), phone));
			jdbc.sql("""
					SELECT s.email_hash, s.phone_hash, l.country FROM subscriber s
					JOIN subscriber_location l ON l.subscriber_id = s.id
					WHERE s.email_hash = ANY(:emails) OR s.phone_hash = ANY(:phones)""")
				.param("emails", emails.stream().map(cipher::emailLookup).toArray(byte[][]::new))
				.param("phones", phones.stream().map(cipher::phoneLookup).toArray(byte[][]::new))
				.query(rs -> {
					String country = rs.getString("country").strip().toUpperCase(Locale.ROOT);
					for (String column : new String[] { "email_hash", "phone_hash" }) {
						byte[] hash = rs.getBytes(column);
						String contactPoint = hash == null ? null : byHash.get(ByteBuffer.wrap(hash));
						if (contactPoint != null) {
							found.computeIfAbsent(contactPoint, key -> new TreeSet<>()).add(country);
						}
					}
				});
		}
		Map<String, Set<String>> countries = new HashMap<>();
		for (String contactPoint : contactPoints) {
			if (contactPoint != null) {
				countries.put(contactPoint, Set.copyOf(found.getOrDefault(normalized(contactPoint), Set.of())));
			}
		}
		return countries;
	}

	private static String normalized(String contactPoint) {
		String trimmed = contactPoint.strip();
		return trimmed.contains("@") ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
	}
}
