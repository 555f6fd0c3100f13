package org.beacon.fanout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.subscribers.Recipient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fan-out's side of the delivery ledger. */
@Repository
class Deliveries {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Deliveries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A ledger row not yet handed to Kafka. */
	record Pending(long id, UUID subscriberId, String channel, String destination, String locale) {
	}

	void started(UUID alertId) {
		jdbc.sql("INSERT INTO fanout_run (alert_id) VALUES (?) ON CONFLICT (alert_id) DO NOTHING").param(alertId)
			.update();
	}

	/** Writes one row per recipient; rows already there (a replayed alert) are left as they are. */
	void record(UUID alertId, List<Recipient> recipients) {
		template.batchUpdate("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination) VALUES (?, ?, ?, ?)
				ON CONFLICT (alert_id, subscriber_id, channel) DO NOTHING""", recipients, recipients.size(),
				(ps, recipient) -> {
					ps.setObject(1, alertId);
					ps.setObject(2, recipient.subscriberId());
					ps.setString(3, recipient.channel().name());
					ps.setString(4, recipient.destination());
				});
	}

	/** Rows of these subscribers that were written but never handed to Kafka. */
	List<Pending> undispatched(UUID alertId, List<Recipient> recipients) {
		UUID[] subscribers = recipients.stream().map(Recipient::subscriberId).distinct().toArray(UUID[]::new);
		Map<String, String> locales = new HashMap<>();
		recipients.forEach(r -> locales.put(r.subscriberId() + r.channel().name(), r.locale()));
		return jdbc.sql("""
				SELECT id, subscriber_id, channel, destination FROM delivery
				WHERE alert_id = ? AND subscriber_id = ANY(?) AND dispatched_at IS NULL AND status = 'QUEUED'""")
			.params(alertId, subscribers)
			.query((rs, n) -> {
				UUID subscriber = rs.getObject("subscriber_id", UUID.class);
				String channel = rs.getString("channel");
				return new Pending(rs.getLong("id"), subscriber, channel, rs.getString("destination"),
						locales.getOrDefault(subscriber + channel, "en"));
			})
			.list();
	}

	void dispatched(List<Pending> pending) {
		Long[] ids = pending.stream().map(Pending::id).toArray(Long[]::new);
		jdbc.sql("UPDATE delivery SET dispatched_at = now() WHERE id = ANY(?)").param(ids).update();
	}

	void completed(UUID alertId, Instant at) {
		jdbc.sql("""
				UPDATE fanout_run SET completed_at = ?, failure = NULL,
				       recipients = (SELECT count(*) FROM delivery WHERE alert_id = ?)
				WHERE alert_id = ?""").params(Timestamp.from(at), alertId, alertId).update();
	}

	void failed(UUID alertId, String reason) {
		jdbc.sql("""
				INSERT INTO fanout_run (alert_id, failure) VALUES (?, ?)
				ON CONFLICT (alert_id) DO UPDATE SET failure = EXCLUDED.failure""").params(alertId, reason).update();
	}

	/**
	 * Forgets the contact points of a subscriber who left; the rows stay, so counts remain true. Deliveries not yet
	 * sent will not be: they end as FAILED with {@code recipient-left}.
	 */
	void erase(UUID subscriberId) {
		jdbc.sql("""
				UPDATE delivery SET destination = NULL,
				       error_code = CASE WHEN status = 'QUEUED' THEN 'recipient-left' ELSE error_code END,
				       completed_at = CASE WHEN status = 'QUEUED' THEN now() ELSE completed_at END,
				       status = CASE WHEN status = 'QUEUED' THEN 'FAILED' ELSE status END
				WHERE subscriber_id = ?""").param(subscriberId).update();
	}
}
