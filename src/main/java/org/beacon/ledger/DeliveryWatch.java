package org.beacon.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.beacon.ledger.DeliverySnapshot.FailureCount;
import org.beacon.subscribers.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads an alert's delivery for staff watching it live: progress, start, failures by reason. */
@Service
public class DeliveryWatch {

	private static final int REASONS = 20;

	/** Every channel, named so that the ledger's index on alert, channel and status applies. */
	private static final String[] CHANNELS = Arrays.stream(Channel.values()).map(Channel::name).toArray(String[]::new);

	/** The statuses of deliveries that did not reach their recipient, or were returned as spam. */
	private static final String[] FAILURES = { DeliveryStatus.FAILED.name(), DeliveryStatus.UNDELIVERED.name(),
			DeliveryStatus.BOUNCED.name(), DeliveryStatus.COMPLAINED.name() };

	private final JdbcClient jdbc;

	private final DeliveryReports reports;

	DeliveryWatch(JdbcClient jdbc, DeliveryReports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	public DeliverySnapshot snapshot(UUID alertId) {
		DeliveryProgress progress = reports.progress(alertId);
		Instant startedAt = jdbc.sql("SELECT started_at FROM fanout_run WHERE alert_id = ?").param(alertId)
			.query((rs, n) -> rs.getTimestamp("started_at"))
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		// Only failed rows are read (the ledger's index on alert, channel and status finds them): they are few.
		List<FailureCount> failures = jdbc.sql("""
				SELECT channel, COALESCE(error_code, 'unknown') AS reason, count(*) AS n FROM delivery
				WHERE alert_id = ? AND channel = ANY(?) AND status = ANY(?)
				GROUP BY channel, reason ORDER BY n DESC, channel, reason LIMIT ?""")
			.params(alertId, CHANNELS, FAILURES, REASONS)
			.query((rs, n) -> new FailureCount(rs.getString("channel"), rs.getString("reason"), rs.getLong("n")))
			.list();
		boolean done = progress.fanOut().isOver() && progress.finished() == progress.recipients();
		return new DeliverySnapshot(progress, startedAt, failures, done);
	}
}
