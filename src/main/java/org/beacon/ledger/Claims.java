package org.beacon.ledger;

import static org.beacon.ledger.DeliveryStatus.CANCELLED;
import static org.beacon.ledger.DeliveryStatus.QUEUED;
import static org.beacon.ledger.DeliveryStatus.SENDING;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The claims workers hold on ledger rows while they call a provider: taken, and handed back untouched. */
@Component
class Claims {

	/** This process, as recorded on the rows it claims: the host (a pod's name in Kubernetes) and the process id. */
	static final String WORKER = System.getenv().getOrDefault("HOSTNAME", "localhost") + ":"
			+ ProcessHandle.current().pid();

	/**
	 * The status of a claimed row handed back unsent: QUEUED for another try, or CANCELLED when its alert was
	 * cancelled meanwhile (a row handed back during the cancellation itself is caught by the next claim).
	 */
	static final String REQUEUED = """
			CASE WHEN EXISTS (SELECT 1 FROM fanout_run f WHERE f.alert_id = d.alert_id AND f.cancelled_at IS NOT NULL)
			THEN '%s' ELSE '%s' END""".formatted(CANCELLED, QUEUED);

	static final String REQUEUED_AT = "CASE WHEN %s = '%s' THEN now() END".formatted(REQUEUED, CANCELLED);

	// A row of a cancelled alert is not claimed but CANCELLED: it can be QUEUED after the cancellation when a claim
	// made before it is rolled back or fails transiently. The alert's fan-out row is read, not locked.
	private static final String CLAIM = """
			WITH target AS (
			  SELECT d.id, f.cancelled_at IS NOT NULL AS cancelled
			  FROM delivery d LEFT JOIN fanout_run f ON f.alert_id = d.alert_id WHERE d.id = ANY(?))
			UPDATE delivery d
			SET status = CASE WHEN t.cancelled THEN '%1$s' ELSE '%2$s' END,
			    claimed_at = CASE WHEN t.cancelled THEN d.claimed_at ELSE now() END,
			    claimed_by = CASE WHEN t.cancelled THEN d.claimed_by ELSE ? END,
			    provider = CASE WHEN t.cancelled THEN d.provider ELSE ? END,
			    attempts = d.attempts + CASE WHEN t.cancelled THEN 0 ELSE 1 END,
			    completed_at = CASE WHEN t.cancelled THEN now() ELSE d.completed_at END
			FROM target t
			WHERE d.id = t.id AND d.status = '%3$s' AND d.destination IS NOT NULL
			RETURNING d.id, d.destination, d.status""".formatted(CANCELLED, SENDING, QUEUED);

	private static final String UNCLAIM = """
			UPDATE delivery d SET status = %s, attempts = attempts - 1, claimed_at = NULL, claimed_by = NULL,
			       provider = NULL,
			       completed_at = %s
			WHERE id = ANY(?) AND status = '%s'""".formatted(REQUEUED, REQUEUED_AT, SENDING);

	private final JdbcClient jdbc;

	Claims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The destination of each row claimed now, by delivery id.
	 *
	 * @param provider the provider the rows will be sent through, recorded on them
	 */
	Map<Long, String> claimAll(Collection<Long> deliveryIds, String provider) {
		Map<Long, String> claimed = new HashMap<>();
		jdbc.sql(CLAIM).params(deliveryIds.toArray(Long[]::new), WORKER, provider).query(rs -> {
			if (DeliveryStatus.valueOf(rs.getString("status")) == SENDING) {
				claimed.put(rs.getLong("id"), rs.getString("destination"));
			}
		});
		return claimed;
	}

	/** Hands claimed rows back as they were before the claim. */
	void unclaimAll(Collection<Long> deliveryIds) {
		if (!deliveryIds.isEmpty()) {
			jdbc.sql(UNCLAIM).param(deliveryIds.toArray(Long[]::new)).update();
		}
	}
}
