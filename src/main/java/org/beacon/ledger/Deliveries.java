package org.beacon.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.subscribers.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The fan-out's side of the delivery ledger. */
@Repository
public class Deliveries {

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A ledger row to hand to Kafka. */
	public record Pending(long id, UUID subscriberId, String channel, String locale) {
	}

	public void started(UUID alertId) {
		jdbc.sql("INSERT INTO fanout_run (alert_id) VALUES (?) ON CONFLICT (alert_id) DO NOTHING").param(alertId)
			.update();
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

	/**
	 * Writes one row per recipient and returns the rows to queue: all of them on a first pass, in one statement. When
	 * some rows were already there — the page a crashed fan-out was queuing — it returns those still QUEUED as well:
	 * queuing them again is harmless, since workers claim rows.
	 *
	 * @throws Cancelled when the alert was cancelled: nothing is written. The check holds a share lock on the
	 * alert's fan-out row until the page is written, so a cancellation either comes first and stops the page, or
	 * waits for it and then cancels its rows (see {@link DeliveryCancellation}).
	 */
	@Transactional
	public List<Pending> record(UUID alertId, List<Recipient> recipients) {
		if (jdbc.sql("SELECT cancelled_at IS NOT NULL FROM fanout_run WHERE alert_id = ? FOR SHARE").param(alertId)
			.query(Boolean.class)
			.optional()
			.orElse(false)) {
			throw new Cancelled(alertId);
		}
		Map<String, String> locales = new HashMap<>();
		recipients.forEach(r -> locales.put(r.subscriberId() + r.channel().name(), r.locale()));
		List<Pending> pending = jdbc.sql("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination)
				SELECT ?, * FROM unnest(?::uuid[], ?::text[], ?::text[])
				ON CONFLICT (alert_id, subscriber_id, channel) DO NOTHING
				RETURNING id, subscriber_id, channel""")
			.params(alertId, recipients.stream().map(Recipient::subscriberId).toArray(UUID[]::new),
					recipients.stream().map(r -> r.channel().name()).toArray(String[]::new),
					recipients.stream().map(Recipient::destination).toArray(String[]::new))
			.query((rs, n) -> pending(rs, locales))
			.list();
		if (pending.size() == recipients.size()) {
			return pending;
		}
		return jdbc.sql("""
				SELECT id, subscriber_id, channel FROM delivery
				WHERE alert_id = ? AND subscriber_id = ANY(?) AND status = 'QUEUED'""")
			.params(alertId, recipients.stream().map(Recipient::subscriberId).distinct().toArray(UUID[]::new))
			.query((rs, n) -> pending(rs, locales))
			.list();
	}

	/** The alert was cancelled: its fan-out stops. */
	public static final class Cancelled extends RuntimeException {

		Cancelled(UUID alertId) {
			super("Alert " + alertId + " was cancelled", null, false, false);
		}
	}

	private static Pending pending(ResultSet rs, Map<String, String> locales) throws SQLException {
		UUID subscriber = rs.getObject("subscriber_id", UUID.class);
		String channel = rs.getString("channel");
		return new Pending(rs.getLong("id"), subscriber, channel, locales.getOrDefault(subscriber + channel, "en"));
	}

	public void completed(UUID alertId, Instant at) {
		jdbc.sql("""
				UPDATE fanout_run SET completed_at = ?, failure = NULL,
				       recipients = (SELECT count(*) FROM delivery WHERE alert_id = ?)
				WHERE alert_id = ?""").params(Timestamp.from(at), alertId, alertId).update();
	}

	public void failed(UUID alertId, String reason) {
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
