package org.beacon.subscribers;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

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

	NumberHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param phone an E.164 number, as providers report the sender of a reply */
	public List<Holder> of(String phone) {
		return jdbc.sql("SELECT id, locale FROM subscriber WHERE phone = ? ORDER BY created_at LIMIT 20")
			.param(phone)
			.query((rs, n) -> new Holder(rs.getObject("id", UUID.class), Locale.forLanguageTag(rs.getString("locale"))))
			.list();
	}
}
