package org.beacon.ledger;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the delivery ledger to tell staff how an alert's delivery is going. */
@Service
public class DeliveryReports {

	private final JdbcClient jdbc;

	DeliveryReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public DeliveryProgress progress(UUID alertId) {
		Map<String, Map<String, Long>> byChannel = new TreeMap<>();
		long[] totals = new long[2];
		jdbc.sql("SELECT channel, status, count(*) AS n FROM delivery WHERE alert_id = ? GROUP BY channel, status")
			.param(alertId)
			.query(rs -> {
				long n = rs.getLong("n");
				String status = rs.getString("status");
				byChannel.computeIfAbsent(rs.getString("channel"), c -> new TreeMap<>()).put(status, n);
				totals[0] += n;
				totals[1] += DeliveryStatus.valueOf(status).isFinal() ? n : 0;
			});
		return jdbc.sql("""
				SELECT completed_at IS NOT NULL AS complete, cancelled_at IS NOT NULL AS cancelled, failure
				FROM fanout_run WHERE alert_id = ?""")
			.param(alertId)
			.query((rs, row) -> {
				// A cancelled alert's audience is final as it stands: no row is added after the cancellation.
				boolean cancelled = rs.getBoolean("cancelled");
				boolean complete = rs.getBoolean("complete") || cancelled;
				String failure = rs.getString("failure");
				FanOutState state = cancelled ? FanOutState.CANCELLED
						: failure != null ? FanOutState.FAILED : complete ? FanOutState.COMPLETE : FanOutState.RUNNING;
				int percent = !complete || totals[0] == 0 ? (complete ? 100 : 0)
						: (int) (100 * totals[1] / totals[0]);
				return new DeliveryProgress(state, totals[0], byChannel, totals[1], percent, failure);
			})
			.optional()
			.orElseGet(DeliveryProgress::notStarted);
	}
}
