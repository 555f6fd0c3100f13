package org.beacon.broadcast.advisory;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What citizens of each country were last told about its advisory. */
@Repository
class Announcements {

	record Announcement(String country, int level, String posture, Instant lastChangedAt) {
	}

	private final JdbcClient jdbc;

	Announcements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The country's announcement, locked for this transaction. A country not announced yet starts from the advisory
	 * before its first change: the baseline citizens were never told otherwise of.
	 */
	Announcement lock(String country, int baselineLevel, String baselinePosture, Instant now) {
		jdbc.sql("""
				INSERT INTO advisory_announcement (country, level, posture, updated_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (country) DO NOTHING""")
			.params(country, baselineLevel, baselinePosture, Timestamp.from(now))
			.update();
		return jdbc.sql("SELECT * FROM advisory_announcement WHERE country = ? FOR UPDATE")
			.param(country)
			.query((rs, n) -> new Announcement(rs.getString("country"), rs.getInt("level"), rs.getString("posture"),
					rs.getTimestamp("last_changed_at") == null ? null : rs.getTimestamp("last_changed_at").toInstant()))
			.single();
	}

	void judged(String country, Instant changedAt) {
		jdbc.sql("UPDATE advisory_announcement SET last_changed_at = ? WHERE country = ?")
			.params(Timestamp.from(changedAt), country)
			.update();
	}

	void announced(String country, int level, String posture, Instant now) {
		jdbc.sql("UPDATE advisory_announcement SET level = ?, posture = ?, updated_at = ? WHERE country = ?")
			.params(level, posture, Timestamp.from(now), country)
			.update();
	}
}
