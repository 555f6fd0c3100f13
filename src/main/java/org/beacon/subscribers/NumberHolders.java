package org.beacon.subscribers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.beacon.platform.ContactPointCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who holds a phone number: the enrollments that gave it, for a reply from that number. One person may enroll twice
 * with one number, and a family may share one; a reply from it speaks for each enrollment the message it answers was
 * sent to.
 */
@Service
public class NumberHolders {

	/** An enrollment holding the number, and the language Beacon writes to it in. */
	public record Holder(UUID subscriberId, Locale locale) {
	}

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	NumberHolders(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * The enrollments holding each of the numbers (at most 20 each, the oldest first); a number nobody holds is not in
	 * the map.
	 *
	 * @param phones E.164 numbers, as providers report the senders of replies
	 */
	public Map<String, List<Holder>> of(Collection<String> phones) {
		Map<String, List<Holder>> holders = new HashMap<>();
		if (phones.isEmpty()) {
			return holders;
		}
		// Found by the numbers' lookup hashes; each hash is answered with its position in the list of numbers.
		List<String> numbers = List.copyOf(new LinkedHashSet<>(phones));
		jdbc.sql("""
				SELECT p.n, s.id, s.locale FROM unnest(?::bytea[]) WITH ORDINALITY AS p(hash, n)
				CROSS JOIN LATERAL (SELECT id, locale, created_at FROM subscriber WHERE phone_hash = p.hash
				                    ORDER BY created_at LIMIT 20) s
				ORDER BY p.n, s.created_at""")
			.param(numbers.stream().map(cipher::phoneLookup).toArray(byte[][]::new))
			.query(rs -> {
				holders.computeIfAbsent(numbers.get(rs.getInt("n") - 1), phone -> new ArrayList<>())
					.add(new Holder(rs.getObject("id", UUID.class), Locale.forLanguageTag(rs.getString("locale"))));
			});
		return holders;
	}
}
