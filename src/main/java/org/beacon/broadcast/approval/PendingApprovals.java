package org.beacon.broadcast.approval;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.beacon.broadcast.ApprovalReason;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.Alerts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the two-person rule stores beside an alert: why it waits, and how a rejection ended it. */
@Repository
class PendingApprovals {

	private static final RowMapper<Pending> ROW = (rs, n) -> new Pending(Alerts.ROW.mapRow(rs, n),
			ApprovalReason.valueOf(rs.getString("approval_reason")), (Long) rs.getObject("approval_audience"),
			rs.getObject("follows", UUID.class), rs.getString("follows_title"));

	/** Waiting alerts, each with the title of the alert it updates, so approvers see which alert an update follows. */
	private static final String SELECT = """
			SELECT a.*, o.title AS follows_title FROM alert a LEFT JOIN alert o ON o.id = a.follows
			WHERE a.status = 'PENDING_APPROVAL'""";

	private final JdbcClient jdbc;

	PendingApprovals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records why a stored alert waits for approval. */
	void hold(UUID id, ApprovalPolicy.Hold hold) {
		jdbc.sql("UPDATE alert SET approval_reason = ?, approval_audience = ? WHERE id = ?")
			.params(hold.reason().name(), hold.audience(), id)
			.update();
	}

	/** The alert with why it waits, locked until the transaction ends; empty when it does not wait. */
	Optional<Pending> lock(UUID id) {
		return jdbc.sql(SELECT + " AND a.id = ? FOR UPDATE OF a")
			.param(id)
			.query(ROW)
			.optional();
	}

	/** Alerts waiting for approval that touch only the countries (every country when null), oldest first. */
	List<Pending> within(Set<String> countries, int limit) {
		if (countries == null) {
			return jdbc.sql(SELECT + " ORDER BY a.issued_at LIMIT ?")
				.param(limit)
				.query(ROW)
				.list();
		}
		return jdbc.sql(SELECT + " AND a.countries <@ CAST(? AS text[]) ORDER BY a.issued_at LIMIT ?")
			.params(countries.toArray(String[]::new), limit)
			.query(ROW)
			.list();
	}

	/** Marks a waiting alert rejected; false when it no longer waited. */
	boolean reject(UUID id, String by, Instant at, String reason) {
		return jdbc.sql("""
				UPDATE alert SET status = 'REJECTED', reviewed_by = ?, reviewed_at = ?, rejection_reason = ?
				WHERE id = ? AND status = 'PENDING_APPROVAL'""")
			.params(by, Timestamp.from(at), reason, id)
			.update() == 1;
	}

	/**
	 * An alert waiting for a second person, and why.
	 *
	 * @param follows for an update, the alert it follows (approving it sends the follow-up); null otherwise
	 * @param followsTitle the title of the alert it follows; null when it follows none
	 */
	record Pending(Alert alert, ApprovalReason reason, Long audience, UUID follows, String followsTitle) {
	}
}
