package org.beacon.ledger;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops what an alert has not yet sent. Once {@link #cancel} has committed, none of the alert's deliveries is sent
 * that a worker had not already claimed: the QUEUED ones are CANCELLED now; the fan-out, which checks the
 * cancellation under a lock before writing each page ({@link Deliveries#record}), writes no further rows; and a row
 * that comes back to QUEUED later (a claim rolled back, a transient failure of a delivery claimed before the
 * cancellation) becomes CANCELLED when a worker next tries to claim it, retries included ({@link DeliveryLedger}).
 */
@Service
public class DeliveryCancellation {

	/**
	 * What a cancellation stopped.
	 *
	 * @param cancelled deliveries that were QUEUED and will never be sent
	 * @param inFlight deliveries claimed by a worker before the cancellation: their provider call may be under way,
	 * and their outcome is recorded as usual
	 */
	public record Stopped(long cancelled, long inFlight) {
	}

	private final JdbcClient jdbc;

	DeliveryCancellation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Cancels the alert's deliveries not yet claimed; idempotent. Joins the caller's transaction, so the alert's own
	 * status changes with it. It waits for at most the one page the fan-out is writing; rows a worker is claiming at
	 * this very moment are skipped (SKIP LOCKED) rather than waited for: that claim came first and wins, and waiting
	 * on rows locked in another order could deadlock.
	 */
	@Transactional
	public Stopped cancel(UUID alertId) {
		jdbc.sql("""
				INSERT INTO fanout_run (alert_id, cancelled_at) VALUES (?, now())
				ON CONFLICT (alert_id) DO UPDATE SET cancelled_at = COALESCE(fanout_run.cancelled_at, now())""")
			.param(alertId)
			.update();
		int cancelled = jdbc.sql("""
				UPDATE delivery SET status = ?, completed_at = now()
				WHERE id IN (SELECT id FROM delivery WHERE alert_id = ? AND status = ? FOR UPDATE SKIP LOCKED)""")
			.params(DeliveryStatus.CANCELLED.name(), alertId, DeliveryStatus.QUEUED.name())
			.update();
		long inFlight = jdbc.sql("SELECT count(*) FROM delivery WHERE alert_id = ? AND status = ?")
			.params(alertId, DeliveryStatus.SENDING.name())
			.query(Long.class)
			.single();
		return new Stopped(cancelled, inFlight);
	}
}
