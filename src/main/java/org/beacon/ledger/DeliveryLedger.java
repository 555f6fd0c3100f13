package org.beacon.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The workers' side of the delivery ledger. A worker must {@link #claim} a row before it calls a provider and acts
 * only when the claim succeeds, so a redelivered or replayed job never reaches a phone or mailbox twice. Every
 * method is one short statement in its own transaction: none is open while a provider is called. Workers handle jobs
 * in batches: {@link #claimAll}, {@link #sentAll}, {@link #failedAll} and {@link #releaseAll} take a whole batch in
 * one statement.
 */
@Service
public class DeliveryLedger {

	/** This process, as recorded on the rows it claims: the host (a pod's name in Kubernetes) and the process id. */
	static final String WORKER = System.getenv().getOrDefault("HOSTNAME", "localhost") + ":"
			+ ProcessHandle.current().pid();

	/**
	 * The status of a claimed row handed back unsent: QUEUED for another try, or CANCELLED when its alert was
	 * cancelled meanwhile (a row handed back during the cancellation itself is caught by the next claim).
	 */
	private static final String REQUEUED = """
			CASE WHEN EXISTS (SELECT 1 FROM fanout_run f WHERE f.alert_id = d.alert_id AND f.cancelled_at IS NOT NULL)
			THEN 'CANCELLED' ELSE 'QUEUED' END""";

	private static final String REQUEUED_AT = "CASE WHEN " + REQUEUED + " = 'CANCELLED' THEN now() END";

	private final JdbcClient jdbc;

	DeliveryLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Moves a QUEUED row to SENDING and returns where to send it: the destination lives only in the ledger, so a
	 * citizen who left in the meantime is not contacted. Empty when another attempt already claimed or finished the
	 * row.
	 */
	public Optional<String> claim(long deliveryId) {
		return Optional.ofNullable(claimAll(List.of(deliveryId)).get(deliveryId));
	}

	/**
	 * Claims a batch of rows in one statement, as {@link #claim} does for one.
	 *
	 * @return the destination of each row claimed now, by delivery id; rows already claimed, finished, cancelled or
	 * whose recipient left are absent
	 */
	public Map<Long, String> claimAll(Collection<Long> deliveryIds) {
		Map<Long, String> claimed = new HashMap<>();
		// A row of a cancelled alert is not claimed but CANCELLED: it can be QUEUED after the cancellation when a
		// claim made before it is rolled back or fails transiently. The alert's fan-out row is read, not locked.
		jdbc.sql("""
				WITH target AS (
				  SELECT d.id, f.cancelled_at IS NOT NULL AS cancelled
				  FROM delivery d LEFT JOIN fanout_run f ON f.alert_id = d.alert_id WHERE d.id = ANY(?))
				UPDATE delivery d
				SET status = CASE WHEN t.cancelled THEN 'CANCELLED' ELSE 'SENDING' END,
				    claimed_at = CASE WHEN t.cancelled THEN d.claimed_at ELSE now() END,
				    claimed_by = CASE WHEN t.cancelled THEN d.claimed_by ELSE ? END,
				    attempts = d.attempts + CASE WHEN t.cancelled THEN 0 ELSE 1 END,
				    completed_at = CASE WHEN t.cancelled THEN now() ELSE d.completed_at END
				FROM target t
				WHERE d.id = t.id AND d.status = 'QUEUED' AND d.destination IS NOT NULL
				RETURNING d.id, d.destination, d.status""")
			.params(deliveryIds.toArray(Long[]::new), WORKER)
			.query(rs -> {
				if ("SENDING".equals(rs.getString("status"))) {
					claimed.put(rs.getLong("id"), rs.getString("destination"));
				}
			});
		return claimed;
	}

	/** A provider's answer about one delivery: its message id when it took it, else the failure. */
	public record Answer(long deliveryId, String providerId, String code, String detail) {

		public static Answer accepted(long deliveryId, String providerId) {
			return new Answer(deliveryId, providerId, null, null);
		}

		public static Answer refused(long deliveryId, String code, String detail) {
			return new Answer(deliveryId, null, code, truncate(detail));
		}
	}

	/** {@link #sent} for a batch, in one statement. */
	public void sentAll(List<Answer> accepted) {
		if (accepted.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE delivery d SET provider_id = v.provider_id, completed_at = now(),
				       status = COALESCE(ps.status, 'SENT'), error_code = ps.error_code, error_detail = NULL
				FROM unnest(?::bigint[], ?::text[]) AS v(id, provider_id)
				     LEFT JOIN provider_status ps ON ps.provider_id = v.provider_id
				WHERE d.id = v.id AND d.status = 'SENDING'""")
			.params(ids(accepted), accepted.stream().map(Answer::providerId).toArray(String[]::new))
			.update();
	}

	/** {@link #failed} for a batch, in one statement. */
	public void failedAll(List<Answer> refused) {
		if (refused.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE delivery d SET status = 'FAILED', error_code = v.code, error_detail = v.detail,
				       completed_at = now()
				FROM unnest(?::bigint[], ?::text[], ?::text[]) AS v(id, code, detail)
				WHERE d.id = v.id AND d.status IN ('QUEUED', 'SENDING')""")
			.params(ids(refused), codes(refused), details(refused))
			.update();
	}

	/** {@link #release} for a batch, in one statement. */
	public void releaseAll(List<Answer> failures) {
		if (failures.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE delivery d SET status = %s, error_code = v.code, error_detail = v.detail,
				       completed_at = %s
				FROM unnest(?::bigint[], ?::text[], ?::text[]) AS v(id, code, detail)
				WHERE d.id = v.id AND d.status = 'SENDING'""".formatted(REQUEUED, REQUEUED_AT))
			.params(ids(failures), codes(failures), details(failures))
			.update();
	}

	/**
	 * Hands claimed rows back untouched: their provider was not called (its circuit opened after the claim), so the
	 * claim does not count as an attempt.
	 */
	public void unclaimAll(Collection<Long> deliveryIds) {
		if (deliveryIds.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE delivery d SET status = %s, attempts = attempts - 1, claimed_at = NULL, claimed_by = NULL,
				       completed_at = %s
				WHERE id = ANY(?) AND status = 'SENDING'""".formatted(REQUEUED, REQUEUED_AT)).param(deliveryIds.toArray(Long[]::new)).update();
	}

	private static Long[] ids(List<Answer> answers) {
		return answers.stream().map(Answer::deliveryId).toArray(Long[]::new);
	}

	private static String[] codes(List<Answer> answers) {
		return answers.stream().map(Answer::code).toArray(String[]::new);
	}

	private static String[] details(List<Answer> answers) {
		return answers.stream().map(Answer::detail).toArray(String[]::new);
	}

	/**
	 * The provider accepted the message. A delivery report that already arrived for it (callbacks can overtake the
	 * provider's answer to the worker) is applied at once.
	 */
	public void sent(long deliveryId, String providerId) {
		jdbc.sql("""
				UPDATE delivery SET provider_id = ?, completed_at = now(),
				       status = COALESCE((SELECT status FROM provider_status WHERE provider_id = ?), 'SENT'),
				       error_code = (SELECT error_code FROM provider_status WHERE provider_id = ?), error_detail = NULL
				WHERE id = ? AND status = 'SENDING'""").params(providerId, providerId, providerId, deliveryId).update();
	}

	/**
	 * A provider's delivery report: {@code DELIVERED}, {@code UNDELIVERED} or {@code FAILED}. Reports are applied
	 * idempotently and in any order: a final status is never replaced, and a report for a message not yet recorded
	 * as sent waits for it.
	 *
	 * @return whether a delivery took the status now
	 */
	public boolean reported(String providerId, String status, String errorCode) {
		jdbc.sql("""
				INSERT INTO provider_status (provider_id, status, error_code, received_at) VALUES (?, ?, ?, now())
				ON CONFLICT (provider_id) DO NOTHING""").params(providerId, status, errorCode).update();
		return jdbc.sql("""
				UPDATE delivery SET status = ?, error_code = ?, completed_at = now()
				WHERE provider_id = ? AND status = 'SENT'""").params(status, errorCode, providerId).update() == 1;
	}

	/** The delivery failed for good: a permanent provider error, or retries exhausted. */
	public void failed(long deliveryId, String code, String detail) {
		jdbc.sql("""
				UPDATE delivery SET status = 'FAILED', error_code = ?, error_detail = ?, completed_at = now()
				WHERE id = ? AND status IN ('QUEUED', 'SENDING')""")
			.params(code, truncate(detail), deliveryId)
			.update();
	}

	/** A transient failure: the row goes back to QUEUED, with the error, for the next retry to claim. */
	public void release(long deliveryId, String code, String detail) {
		jdbc.sql("""
				UPDATE delivery d SET status = %s, error_code = ?, error_detail = ?, completed_at = %s
				WHERE id = ? AND status = 'SENDING'""".formatted(REQUEUED, REQUEUED_AT)).params(code, truncate(detail), deliveryId).update();
	}

	private static String truncate(String detail) {
		return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
	}
}
