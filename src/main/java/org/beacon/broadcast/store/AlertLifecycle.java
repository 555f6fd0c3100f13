package org.beacon.broadcast.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened to an alert after it was issued: its cancellation, and which earlier alert an update follows. */
@Repository
public class AlertLifecycle {

	/** Who cancelled an alert, and when. */
	public record Cancellation(String by, Instant at) {
	}

	private final JdbcClient jdbc;

	AlertLifecycle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves an ISSUED alert to CANCELLED, ending its lifetime at once; false when it was not ISSUED (any more). */
	public boolean cancel(UUID id, String by, Instant at) {
		return jdbc.sql("""
				UPDATE alert SET status = 'CANCELLED', cancelled_by = ?, cancelled_at = ?,
				       expires = CASE WHEN expires IS NULL OR expires > ? THEN GREATEST(?, effective) ELSE expires END
				WHERE id = ? AND status = 'ISSUED'""")
			.params(by, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at), id)
			.update() == 1;
	}

	/** The alert an update follows; empty for an alert that is not an update. */
	public Optional<UUID> follows(UUID id) {
		return jdbc.sql("SELECT follows FROM alert WHERE id = ? AND follows IS NOT NULL").param(id)
			.query(UUID.class)
			.optional();
	}

	/** Records that an update follows an earlier alert. */
	public void follows(UUID id, UUID original) {
		jdbc.sql("UPDATE alert SET follows = ? WHERE id = ?").params(original, id).update();
	}

	public Optional<Cancellation> cancellation(UUID id) {
		return jdbc.sql("SELECT cancelled_by, cancelled_at FROM alert WHERE id = ? AND cancelled_at IS NOT NULL")
			.param(id)
			.query((rs, n) -> new Cancellation(rs.getString("cancelled_by"),
					rs.getTimestamp("cancelled_at").toInstant()))
			.optional();
	}
}
