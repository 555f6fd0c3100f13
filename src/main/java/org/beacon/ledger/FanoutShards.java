package org.beacon.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shards of each alert's fan-out ({@code fanout_shard}): ranges of subscriber ids walked at once by several
 * fan-out consumers, each with its own cursor. The alert's run ({@link FanoutRuns}) is complete when every shard is.
 */
@Repository
public class FanoutShards {

	/**
	 * Subscriber ids after {@code after} (exclusive; null: from the first) through {@code through} (inclusive; null:
	 * to the last), in PostgreSQL's order of UUIDs.
	 */
	public record Range(UUID after, UUID through) {
	}

	/**
	 * One shard as planned, and how far it got.
	 *
	 * @param queuedThrough every job of the shard up to this subscriber is on Kafka; null: none yet
	 */
	public record Shard(int index, Range range, UUID queuedThrough, boolean complete) {

		/** Where a walk of the shard starts: after this subscriber; null from the first. */
		public UUID resumeAfter() {
			return queuedThrough != null ? queuedThrough : range.after();
		}
	}

	private final JdbcClient jdbc;

	FanoutShards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the fan-out's start and its shards, once: when the alert was planned before (a redelivered record, a
	 * rebalance) the first plan stands, whatever {@code ranges} says now, so no subscriber falls between two plans. A
	 * run that an older version started, without shards, resumes as one shard from its cursor (done if it completed).
	 *
	 * @param ranges consecutive ranges that together cover every subscriber id
	 * @return the alert's shards, in order
	 */
	@Transactional
	public List<Shard> plan(UUID alertId, List<Range> ranges) {
		jdbc.sql("INSERT INTO fanout_run (alert_id) VALUES (?) ON CONFLICT (alert_id) DO NOTHING").param(alertId)
			.update();
		// Locked, so that two consumers planning the same alert at once make one plan.
		Legacy run = jdbc.sql("SELECT queued_through, completed_at FROM fanout_run WHERE alert_id = ? FOR UPDATE")
			.param(alertId)
			.query((rs, n) -> new Legacy(rs.getObject("queued_through", UUID.class), rs.getTimestamp("completed_at")))
			.single();
		List<Shard> planned = shards(alertId);
		if (!planned.isEmpty()) {
			return planned;
		}
		if (run.queuedThrough() != null || run.completedAt() != null) {
			insert(alertId, 0, new Range(null, null), run.queuedThrough(), run.completedAt());
		}
		else {
			for (int i = 0; i < ranges.size(); i++) {
				insert(alertId, i, ranges.get(i), null, null);
			}
		}
		return shards(alertId);
	}

	private record Legacy(UUID queuedThrough, Timestamp completedAt) {
	}

	private void insert(UUID alertId, int index, Range range, UUID queuedThrough, Timestamp completedAt) {
		jdbc.sql("""
				INSERT INTO fanout_shard (alert_id, shard, after_id, through_id, queued_through, completed_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(alertId, index, range.after(), range.through(), queuedThrough, completedAt)
			.update();
	}

	/** The alert's shards in order; none before it was planned. */
	public List<Shard> shards(UUID alertId) {
		return jdbc.sql("""
				SELECT shard, after_id, through_id, queued_through, completed_at IS NOT NULL AS complete
				FROM fanout_shard WHERE alert_id = ? ORDER BY shard""")
			.param(alertId)
			.query((rs, n) -> shard(rs))
			.list();
	}

	/** One shard of the alert, as far as it got; empty when it was never planned. */
	public Optional<Shard> shard(UUID alertId, int index) {
		return jdbc.sql("""
				SELECT shard, after_id, through_id, queued_through, completed_at IS NOT NULL AS complete
				FROM fanout_shard WHERE alert_id = ? AND shard = ?""")
			.params(alertId, index)
			.query((rs, n) -> shard(rs))
			.optional();
	}

	private static Shard shard(ResultSet rs) throws SQLException {
		return new Shard(rs.getInt("shard"),
				new Range(rs.getObject("after_id", UUID.class), rs.getObject("through_id", UUID.class)),
				rs.getObject("queued_through", UUID.class), rs.getBoolean("complete"));
	}

	/**
	 * Every job of the shard up to this subscriber is on Kafka. The cursor only moves forward: two walks of one shard
	 * (a record redelivered while its first consumer still walks) cannot move it back.
	 */
	public void queuedThrough(UUID alertId, int index, UUID subscriberId) {
		jdbc.sql("""
				UPDATE fanout_shard SET queued_through = ?
				WHERE alert_id = ? AND shard = ? AND (queued_through IS NULL OR queued_through < ?)""")
			.params(subscriberId, alertId, index, subscriberId)
			.update();
	}

	/**
	 * The shard is done; when it was the last one, so is the alert's run, which records how many deliveries the
	 * ledger holds for the alert: the sum of what the shards wrote. Shards completing at once take turns on the run's
	 * row, so the last of them sees all the others complete.
	 *
	 * @return how long the whole fan-out took, when this shard completed it; empty otherwise
	 */
	@Transactional
	public Optional<Duration> completed(UUID alertId, int index, Instant at) {
		jdbc.sql("SELECT 1 FROM fanout_run WHERE alert_id = ? FOR NO KEY UPDATE").param(alertId).query().listOfRows();
		jdbc.sql("UPDATE fanout_shard SET completed_at = ? WHERE alert_id = ? AND shard = ? AND completed_at IS NULL")
			.params(Timestamp.from(at), alertId, index)
			.update();
		return jdbc.sql("""
				UPDATE fanout_run SET completed_at = ?, failure = NULL,
				       recipients = (SELECT count(*) FROM delivery WHERE alert_id = ?)
				WHERE alert_id = ? AND completed_at IS NULL
				  AND NOT EXISTS (SELECT 1 FROM fanout_shard WHERE alert_id = ? AND completed_at IS NULL)
				RETURNING (extract(epoch FROM now() - started_at) * 1000)::bigint AS took_ms""")
			.params(Timestamp.from(at), alertId, alertId, alertId)
			.query((rs, n) -> Duration.ofMillis(Math.max(0, rs.getLong("took_ms"))))
			.optional();
	}
}
