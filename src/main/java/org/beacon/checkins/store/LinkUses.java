package org.beacon.checkins.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.beacon.checkins.SafetyAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code checkin_link_use}: which email answer links have recorded their answer, and when. */
@Repository
public class LinkUses {

	private final JdbcClient jdbc;

	LinkUses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks the link used at {@code at}; false when it was used before. Two requests with one link at once: the
	 * second waits for the first's transaction and then finds the link used.
	 */
	public boolean claim(UUID checkInId, UUID subscriberId, SafetyAnswer answer, Instant at) {
		return jdbc.sql("""
				INSERT INTO checkin_link_use (checkin_id, subscriber_id, answer, used_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(checkInId, subscriberId, answer.name(), Timestamp.from(at))
			.update() == 1;
	}

	/** When the link recorded its answer; empty while it has not. */
	public Optional<Instant> usedAt(UUID checkInId, UUID subscriberId, SafetyAnswer answer) {
		return jdbc.sql("""
				SELECT used_at FROM checkin_link_use WHERE checkin_id = ? AND subscriber_id = ? AND answer = ?""")
			.params(checkInId, subscriberId, answer.name())
			.query((rs, n) -> rs.getTimestamp("used_at").toInstant())
			.optional();
	}
}
