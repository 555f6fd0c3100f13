package org.beacon.subscribers;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

	ContactPointCountries(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
			jdbc.sql("""
					SELECT s.email, s.phone, l.country FROM subscriber s
					JOIN subscriber_location l ON l.subscriber_id = s.id
					WHERE s.email = ANY(:emails) OR s.phone = ANY(:phones)""")
				.param("emails", emails.toArray(String[]::new))
				.param("phones", phones.toArray(String[]::new))
				.query(rs -> {
					String country = rs.getString("country").strip().toUpperCase(Locale.ROOT);
					String email = rs.getString("email");
					String phone = rs.getString("phone");
					if (email != null && emails.contains(email)) {
						found.computeIfAbsent(email, key -> new TreeSet<>()).add(country);
					}
					if (phone != null && phones.contains(phone)) {
						found.computeIfAbsent(phone, key -> new TreeSet<>()).add(country);
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
