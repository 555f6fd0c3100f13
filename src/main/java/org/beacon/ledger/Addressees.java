package org.beacon.ledger;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.beacon.subscribers.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whom alerts were addressed to, looked up from the citizens' side: which of a few citizens' deliveries belong to a
 * few alerts, for a reply that must be matched to the message it answers.
 */
@Service
public class Addressees {

	private final JdbcClient jdbc;

	Addressees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A delivery of an alert to a citizen, and where it stands. */
	public record Addressed(UUID alertId, UUID subscriberId, DeliveryStatus status) {
	}

	/**
	 * The deliveries of {@code alerts} to {@code subscribers} on the channel, newest first; cancelled deliveries (never
	 * sent) are not among them.
	 */
	public List<Addressed> of(Collection<UUID> subscribers, Collection<UUID> alerts, Channel channel) {
		if (subscribers.isEmpty() || alerts.isEmpty()) {
			return List.of();
		}
		// The ledger's index by subscriber finds a citizen's few rows; the alert filter runs on those.
		return jdbc.sql("""
				SELECT alert_id, subscriber_id, status FROM delivery
				WHERE subscriber_id = ANY(?) AND alert_id = ANY(?) AND channel = ? AND status <> ?
				ORDER BY created_at DESC, id DESC""")
			.params(subscribers.toArray(UUID[]::new), alerts.toArray(UUID[]::new), channel.name(),
					DeliveryStatus.CANCELLED.name())
			.query((rs, n) -> new Addressed(rs.getObject("alert_id", UUID.class),
					rs.getObject("subscriber_id", UUID.class), DeliveryStatus.valueOf(rs.getString("status"))))
			.list();
	}
}
