package org.beacon.ledger;

import static org.beacon.ledger.DeliveryStatus.FAILED;
import static org.beacon.ledger.DeliveryStatus.QUEUED;
import static org.beacon.ledger.DeliveryStatus.SENDING;
import static org.beacon.ledger.DeliveryStatus.SENT;

import java.util.List;

import org.beacon.ledger.DeliveryLedger.Answer;
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

	private final JdbcClient jdbc;

	Outcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void sentAll(List<Answer> accepted) {
		if (!accepted.isEmpty()) {
			jdbc.sql(SENT_ALL).params(ids(accepted), accepted.stream().map(Answer::providerId).toArray(String[]::new))
				.update();
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

	boolean reported(String providerId, DeliveryStatus status, String errorCode) {
		jdbc.sql("""
				INSERT INTO provider_status (provider_id, status, error_code, received_at) VALUES (?, ?, ?, now())
				ON CONFLICT (provider_id) DO NOTHING""").params(providerId, status.name(), errorCode).update();
		return jdbc.sql("""
				UPDATE delivery SET status = ?, error_code = ?, completed_at = now()
				WHERE provider_id = ? AND status = ?""")
			.params(status.name(), errorCode, providerId, SENT.name())
			.update() == 1;
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
