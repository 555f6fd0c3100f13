package org.beacon.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's record of each alert's fan-out ({@code fanout_run}): when it started, when it completed or why it
 * failed. How far it got is kept per shard ({@link FanoutShards}, which also starts and completes the run). Progress
 * and cancellation read and write the same row ({@link DeliveryReports}, {@link DeliveryCancellation}).
 */
@Repository
public class FanoutRuns {

	private final JdbcClient jdbc;

	FanoutRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The fan-out of the alert started from this record; idempotent: a resumed run keeps the first start, and the
	 * first record kept.
	 *
	 * @param alertRecord the alert as the fan-out read it, opaque to the ledger: {@link #alertRecord} gives it back
	 * to build the jobs of rows sent again (see {@link InDoubtDeliveries})
	 */
	public void started(UUID alertId, String alertRecord) {
		jdbc.sql("""
				INSERT INTO fanout_run (alert_id, alert_record) VALUES (?, ?)
				ON CONFLICT (alert_id) DO UPDATE SET alert_record = COALESCE(fanout_run.alert_record, EXCLUDED.alert_record)
				""").params(alertId, alertRecord).update();
	}

	/** The record the alert's fan-out started from; empty when it kept none (it ran before records were kept). */
	public Optional<String> alertRecord(UUID alertId) {
		return jdbc.sql("SELECT alert_record FROM fanout_run WHERE alert_id = ? AND alert_record IS NOT NULL").param(alertId)
			.query(String.class)
			.optional();
	}

	/** Whether the alert's fan-out has queued its whole audience. */
	public boolean complete(UUID alertId) {
		return jdbc.sql("SELECT completed_at IS NOT NULL FROM fanout_run WHERE alert_id = ?").param(alertId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Records that an alert's fan-out never began, for this reason, unless it had begun: false then, and nothing is
	 * changed (a record handed out again after the alert was sent must not rewrite what was done).
	 */
	public boolean neverBegan(UUID alertId, String reason) {
		return jdbc.sql("INSERT INTO fanout_run (alert_id, failure) VALUES (?, ?) ON CONFLICT (alert_id) DO NOTHING")
			.params(alertId, reason)
			.update() == 1;
	}

	/** The fan-out (or one of its shards) gave up after its retries, for this reason. */
	public void failed(UUID alertId, String reason) {
		jdbc.sql("""
				INSERT INTO fanout_run (alert_id, failure) VALUES (?, ?)
				ON CONFLICT (alert_id) DO UPDATE SET failure = EXCLUDED.failure""").params(alertId, reason).update();
	}
}
