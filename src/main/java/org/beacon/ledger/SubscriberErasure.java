package org.beacon.ledger;

import static org.beacon.ledger.DeliveryStatus.FAILED;
import static org.beacon.ledger.DeliveryStatus.QUEUED;

import org.beacon.subscribers.SubscriberLeft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a citizen deletes their enrollment, the ledger forgets their phone and email but keeps its rows, so counts
 * remain true. Deliveries not yet sent will not be: they end as FAILED with {@code recipient-left}.
 */
@Component
class SubscriberErasure {

	static final String ERASE = """
			UPDATE delivery SET destination_sealed = NULL,
			       error_code = CASE WHEN status = '%1$s' THEN 'recipient-left' ELSE error_code END,
			       completed_at = CASE WHEN status = '%1$s' THEN now() ELSE completed_at END,
			       status = CASE WHEN status = '%1$s' THEN '%2$s' ELSE status END
			WHERE subscriber_id = ?""".formatted(QUEUED, FAILED);

	private final JdbcClient jdbc;

	SubscriberErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(SubscriberLeft left) {
		jdbc.sql(ERASE).param(left.subscriberId()).update();
	}
}
