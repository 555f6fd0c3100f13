package org.beacon.ledger;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which alerts the ledger addressed to a citizen: for a briefing, to name only those they have not had. */
@Repository
public class ReceivedAlerts {

	private final JdbcClient jdbc;

	ReceivedAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Of these alerts, those the ledger holds a delivery of to the subscriber on any channel; a cancelled delivery does
	 * not count (they never got it).
	 */
	public Set<UUID> of(UUID subscriberId, Collection<UUID> alertIds) {
		if (alertIds.isEmpty()) {
			return Set.of();
		}
		// The ledger's unique (alert_id, subscriber_id, channel) index finds each pair.
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT alert_id FROM delivery
				WHERE alert_id = ANY(?) AND subscriber_id = ? AND status <> ?""")
			.params(alertIds.toArray(UUID[]::new), subscriberId, DeliveryStatus.CANCELLED.name())
			.query(UUID.class)
			.list());
	}
}
