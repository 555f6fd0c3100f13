package org.beacon.ledger;

import static org.beacon.ledger.DeliveryStatus.DELIVERED;
import static org.beacon.ledger.DeliveryStatus.FAILED;
import static org.beacon.ledger.DeliveryStatus.QUEUED;
import static org.beacon.ledger.DeliveryStatus.SENDING;
import static org.beacon.ledger.DeliveryStatus.SENT;

import java.util.List;

import org.beacon.ledger.DeliveryLedger.Answer;
import org.beacon.ledger.DeliveryLedger.Report;
import org.beacon.ledger.DeliveryLedger.Returned;
import org.beacon.ledger.DeliveryLedger.ReturnedTo;
import org.beacon.subscribers.Channel;
import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What became of claimed rows: the provider's answers, and its delivery reports later. */
@Component
class Outcomes {

	private static final String SENT_ALL = """
			UPDATE delivery d SET provider_id = v.provider_id, completed_at = now(),
			       status = COALESCE(ps.status, '%s'), error_code = ps.error_code, error_detail = NULL
			FROM unnest(?::bigint[], ?::text[]) AS v(id, provider_id)
			     LEFT JOIN provider_status ps ON ps.provider_id = v.provider_id
			WHERE d.id = v.id AND d.status = '%s'""".formatted(SENT, SENDING);

	private static final String FAILED_ALL = """
			UPDATE delivery d SET status = '%s', error_code = v.code, error_detail = v.detail,
			       completed_at = now()
			FROM unnest(?::bigint[], ?::text[], ?::text[]) AS v(id, code, detail)
			WHERE d.id = v.id AND d.status IN ('%s', '%s')""".formatted(FAILED, QUEUED, SENDING);

	private static final String RELEASE_ALL = """
			UPDATE delivery d SET status = %s, error_code = v.code, error_detail = v.detail,
			       completed_at = %s
			FROM unnest(?::bigint[], ?::text[], ?::text[]) AS v(id, code, detail)
			WHERE d.id = v.id AND d.status = '%s'""".formatted(Claims.REQUEUED, Claims.REQUEUED_AT, SENDING);

	/**
	 * Keeps the first report of each message, in the order given: later ones, and duplicates, change nothing. A
	 * report for a message not yet SENT waits here for {@link #sentAll}.
	 */
	private static final String KEEP_REPORTS = """
			INSERT INTO provider_status (provider_id, status, error_code, received_at)
			SELECT r.provider_id, r.status, r.error_code, now()
			FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS r(provider_id, status, error_code, n)
			ORDER BY r.n
			ON CONFLICT (provider_id) DO NOTHING""";

	/**
	 * Gives SENT rows the first report of their message. Taking it from provider_status, not from the batch, makes
	 * the outcome the same whatever the batches and their order; a final status is never replaced. The explicit
	 * {@code IS NOT NULL} is the predicate of the partial index {@code delivery_by_provider_id}, said outright so that
	 * using the index does not depend on the planner deducing it from the join.
	 */
	static final String APPLY_REPORTS = """
			UPDATE delivery d SET status = ps.status, error_code = ps.error_code, completed_at = now()
			FROM (SELECT DISTINCT provider_id FROM unnest(?::text[]) AS v(provider_id)) v
			     JOIN provider_status ps ON ps.provider_id = v.provider_id
			WHERE d.provider_id = v.provider_id AND d.provider_id IS NOT NULL AND d.status = '%s'""".formatted(SENT);

	/**
	 * Gives SENT or DELIVERED email rows the first returned status of their message in the batch, and reads every email
	 * row the batch names, changed or not (the main query sees the rows as they were before the update, which changes
	 * only their status). A bounce or complaint comes after the relay took the email, often after a report that the
	 * receiving server did: unlike a delivery report it replaces DELIVERED.
	 */
	private static final String APPLY_RETURNED = """
			WITH v AS (
			    SELECT DISTINCT ON (r.provider_id) r.provider_id, r.status, r.code, r.detail
			    FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS r(provider_id, status, code, detail, n)
			    ORDER BY r.provider_id, r.n),
			changed AS (
			    UPDATE delivery d SET status = v.status, error_code = v.code, error_detail = v.detail, completed_at = now()
			    FROM v
			    WHERE d.provider_id = v.provider_id AND d.provider_id IS NOT NULL AND d.channel = '%1$s'
			      AND d.status IN ('%2$s', '%3$s')
			    RETURNING d.id)
			SELECT d.provider_id, d.destination_sealed, d.id IN (SELECT id FROM changed) AS changed
			FROM delivery d JOIN v ON d.provider_id = v.provider_id
			WHERE d.provider_id IS NOT NULL AND d.channel = '%1$s'""".formatted(Channel.EMAIL, SENT, DELIVERED);

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	Outcomes(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Records the messages the provider took as SENT, or with the report already kept for them. A report kept while
	 * this runs is missed by both sides (this statement's snapshot is older than the report; the report's own update
	 * cannot see this uncommitted row), so the kept reports of these messages are applied once more, in a statement
	 * of its own after this one committed: the report's update either ran after that commit and saw the row, or ran
	 * before it, and then the report was committed before this second statement began and it sees the report.
	 */
	void sentAll(List<Answer> accepted) {
		if (!accepted.isEmpty()) {
			String[] providerIds = accepted.stream().map(Answer::providerId).toArray(String[]::new);
			jdbc.sql(SENT_ALL).params(ids(accepted), providerIds).update();
			jdbc.sql(APPLY_REPORTS).param(providerIds).update();
		}
	}

	void failedAll(List<Answer> refused) {
		if (!refused.isEmpty()) {
			jdbc.sql(FAILED_ALL).params(ids(refused), codes(refused), details(refused)).update();
		}
	}

	void releaseAll(List<Answer> failures) {
		if (!failures.isEmpty()) {
			jdbc.sql(RELEASE_ALL).params(ids(failures), codes(failures), details(failures)).update();
		}
	}

	/** @return how many deliveries took a reported status now */
	int reportedAll(List<Report> reports) {
		if (reports.isEmpty()) {
			return 0;
		}
		String[] providerIds = reports.stream().map(Report::providerId).toArray(String[]::new);
		// No transaction around the two: should the second fail, the batch applied again finds its reports kept.
		jdbc.sql(KEEP_REPORTS)
			.params(providerIds, reports.stream().map(report -> report.status().name()).toArray(String[]::new),
					reports.stream().map(Report::errorCode).toArray(String[]::new))
			.update();
		return jdbc.sql(APPLY_REPORTS).param(providerIds).update();
	}

	List<ReturnedTo> returnedAll(List<Returned> returned) {
		if (returned.isEmpty()) {
			return List.of();
		}
		String[] providerIds = returned.stream().map(Returned::providerId).toArray(String[]::new);
		String[] statuses = returned.stream().map(mail -> mail.status().name()).toArray(String[]::new);
		String[] codes = returned.stream().map(Returned::code).toArray(String[]::new);
		// Kept first, for an email not yet recorded as sent (a worker that stopped between the relay and the ledger):
		// sentAll gives it the kept status. No transaction around the two: applying the batch again does no harm.
		jdbc.sql(KEEP_REPORTS).params(providerIds, statuses, codes).update();
		return jdbc.sql(APPLY_RETURNED)
			.params(providerIds, statuses, codes, returned.stream().map(Returned::detail).toArray(String[]::new))
			.query((rs, n) -> new ReturnedTo(rs.getString("provider_id"),
					cipher.open(rs.getBytes("destination_sealed"), SealedColumn.DELIVERY_DESTINATION),
					rs.getBoolean("changed")))
			.list();
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
}
