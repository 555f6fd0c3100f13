package org.beacon.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's record of each alert's fan-out ({@code fanout_run}): when it started, how far it queued, when it
 * completed or why it failed. Progress and cancellation read and write the same row ({@link DeliveryReports},
 * {@link DeliveryCancellation}).
 */
@Repository
public class FanoutRuns {

	private final JdbcClient jdbc;

	FanoutRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The fan-out of the alert started; idempotent: a resumed run keeps the first start. */
	public void started(UUID alertId) {
		started(alertId, null);
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

	/** Where an interrupted fan-out of the alert resumes: after this subscriber. Null: from the start. */
	public UUID queuedThrough(UUID alertId) {
		return jdbc.sql("SELECT queued_through FROM fanout_run WHERE alert_id = ?").param(alertId)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	/** Every job up to this subscriber is on Kafka. */
	public void queuedThrough(UUID alertId, UUID subscriberId) {
		jdbc.sql("UPDATE fanout_run SET queued_through = ? WHERE alert_id = ?").params(subscriberId, alertId).update();
	}

	/** The audience is final: the run records how many deliveries the ledger holds for the alert. */
	public void completed(UUID alertId, Instant at) {
		jdbc.sql("""
				UPDATE fanout_run SET completed_at = ?, failure = NULL,
				       recipients = (SELECT count(*) FROM delivery WHERE alert_id = ?)
				WHERE alert_id = ?""").params(Timestamp.from(at), alertId, alertId).update();
	}

	/** The fan-out gave up after its retries, for this reason. */
	public void failed(UUID alertId, String reason) {
		jdbc.sql("""
				INSERT INTO fanout_run (alert_id, failure) VALUES (?, ?)
				ON CONFLICT (alert_id) DO UPDATE SET failure = EXCLUDED.failure""").params(alertId, reason).update();
	}
}
