package org.beacon.ledger;

import static org.beacon.ledger.DeliveryStatus.CANCELLED;
import static org.beacon.ledger.DeliveryStatus.QUEUED;
import static org.beacon.ledger.DeliveryStatus.SENDING;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The claims workers hold on ledger rows while they call a provider: taken, and handed back untouched. */
@Component
class Claims {

	/** This process, as recorded on the rows it claims: the host (a pod's name in Kubernetes) and the process id. */
	static final String WORKER = System.getenv().getOrDefault("HOSTNAME", "localhost") + ":"
			+ ProcessHandle.current().pid();

	/** Whether the row's alert was cancelled, for a statement over {@code delivery d}. */
	private static final String ALERT_CANCELLED = """
			EXISTS (SELECT 1 FROM fanout_run f WHERE f.alert_id = d.alert_id AND f.cancelled_at IS NOT NULL)""";

	/**
	 * The status of a claimed row handed back unsent: QUEUED for another try, or CANCELLED when its alert was
	 * cancelled meanwhile (a row handed back during the cancellation itself is caught by the next claim).
	 */
	static final String REQUEUED = "CASE WHEN %s THEN '%s' ELSE '%s' END".formatted(ALERT_CANCELLED, CANCELLED, QUEUED);

	static final String REQUEUED_AT = "CASE WHEN %s = '%s' THEN now() END".formatted(REQUEUED, CANCELLED);

	// One statement claims the rows of alerts not cancelled: the common case, with nothing to join per row but a
	// probe of the alert's fan-out row (read, not locked). An earlier claim joined every row to it first and then
	// updated, reading each delivery twice.
	private static final String CLAIM = """
			UPDATE delivery d SET status = '%s', claimed_at = now(), claimed_by = ?, provider = ?,
			       attempts = d.attempts + 1
			WHERE d.id = ANY(?) AND d.status = '%s' AND d.destination_sealed IS NOT NULL AND NOT %s
			RETURNING d.id, d.destination_sealed""".formatted(SENDING, QUEUED, ALERT_CANCELLED);

	// A row of a cancelled alert is not claimed but CANCELLED: it can be QUEUED after the cancellation when a claim
	// made before it is rolled back or fails transiently. Only rows the claim left are looked at, so a batch whose
	// rows were all claimed needs no second statement.
	private static final String CANCEL = """
			UPDATE delivery d SET status = '%s', completed_at = now()
			WHERE d.id = ANY(?) AND d.status = '%s' AND %s""".formatted(CANCELLED, QUEUED, ALERT_CANCELLED);

	private static final String UNCLAIM = """
			UPDATE delivery d SET status = %s, attempts = attempts - 1, claimed_at = NULL, claimed_by = NULL,
			       provider = NULL,
			       completed_at = %s
			WHERE id = ANY(?) AND status = '%s'""".formatted(REQUEUED, REQUEUED_AT, SENDING);

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	Claims(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * The destination of each row claimed now, by delivery id.
	 *
	 * @param provider the provider the rows will be sent through, recorded on them
	 */
	Map<Long, String> claimAll(Collection<Long> deliveryIds, String provider) {
		Map<Long, String> claimed = new HashMap<>();
		jdbc.sql(CLAIM).params(WORKER, provider, deliveryIds.toArray(Long[]::new)).query(rs -> {
			claimed.put(rs.getLong("id"), cipher.open(rs.getBytes("destination_sealed"), SealedColumn.DELIVERY_DESTINATION));
		});
		if (claimed.size() < deliveryIds.size()) {
			jdbc.sql(CANCEL)
				.param(deliveryIds.stream().filter(id -> !claimed.containsKey(id)).toArray(Long[]::new))
				.update();
		}
		return claimed;
	}

	/** Hands claimed rows back as they were before the claim. */
	void unclaimAll(Collection<Long> deliveryIds) {
		if (!deliveryIds.isEmpty()) {
			jdbc.sql(UNCLAIM).param(deliveryIds.toArray(Long[]::new)).update();
		}
	}
}
