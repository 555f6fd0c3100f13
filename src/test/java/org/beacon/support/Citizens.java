package org.beacon.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.JdbcTemplate;

/** Enrolls many citizens straight into the database, for tests about volume rather than enrollment. */
public final class Citizens {

	private Citizens() {
	}

	/**
	 * Citizens {@code 0..n-1} in Mali since yesterday, by email and SMS, both verified: {@code <name><i>@example.org} and
	 * {@code <phonePrefix>} followed by five digits of {@code i}, sealed with {@code cipher}.
	 */
	public static void inMali(JdbcTemplate jdbc, ContactPointCipher cipher, int n, String name, String phonePrefix) {
		List<Object[]> subscribers = new ArrayList<>();
		List<Object[]> locations = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			UUID id = UUID.randomUUID();
			String email = name + i + "@example.org";
			String phone = phonePrefix + String.format("%05d", i);
			subscribers.add(new Object[] { id, cipher.seal(email, SealedColumn.SUBSCRIBER_EMAIL), cipher.emailLookup(email),
					cipher.seal(phone, SealedColumn.SUBSCRIBER_PHONE), cipher.phoneLookup(phone) });
			locations.add(new Object[] { id, LocalDate.now().minusDays(1) });
		}
		jdbc.batchUpdate("""
				INSERT INTO subscriber (id, email_sealed, email_hash, phone_sealed, phone_hash, locale, channels, token_hash,
				                        email_verified_at, phone_verified_at)
				VALUES (?, ?, ?, ?, ?, 'en', '{EMAIL,SMS}', '\\x00', now(), now())""", subscribers);
		jdbc.batchUpdate("""
				INSERT INTO subscriber_location (subscriber_id, position, country, starts_on)
				VALUES (?, 0, 'ML', ?)""", locations);
	}
}
