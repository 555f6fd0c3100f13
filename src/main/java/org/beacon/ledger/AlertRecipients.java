package org.beacon.ledger;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beacon.subscribers.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Everyone an alert reached or tried to reach, page by page, with how its later sendings (a check-in's waves) went:
 * the roster of a check-in, however many recipients it has.
 */
@Service
public class AlertRecipients {

	/** The smallest UUID in PostgreSQL's order: a walk from the start. */
	private static final UUID FIRST = new UUID(0, 0);

	private final JdbcClient jdbc;

	AlertRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A recipient, the channels they were addressed on and whether every message to them failed.
	 *
	 * @param unreachable whether every delivery to them (on every channel, of every alert asked about) failed, bounced
	 * or was refused: no message is known to have reached them
	 */
	public record Reached(UUID subscriberId, Set<Channel> channels, boolean unreachable) {
	}

	/**
	 * One page of the recipients of {@code alerts.get(0)}, in subscriber order, each with how all of {@code alerts}
	 * went for them. Later alerts (a check-in's later waves) are sent to recipients of the first only, so the first
	 * names them all. Cancelled deliveries (never sent) do not count.
	 *
	 * @param after the last recipient of the previous page; null for the first page
	 */
	public List<Reached> page(List<UUID> alerts, UUID after, int limit) {
		// The walk goes down the first alert's rows by the ledger's unique (alert_id, subscriber_id, channel) index,
		// then reads the page's rows of every alert by subscriber: each page costs its own rows, not the alert's.
		return jdbc.sql("""
				WITH page AS (
				  SELECT DISTINCT subscriber_id FROM delivery
				  WHERE alert_id = ? AND status <> 'CANCELLED' AND subscriber_id > ?
				  ORDER BY subscriber_id LIMIT ?)
				SELECT d.subscriber_id, array_agg(DISTINCT d.channel) AS channels,
				       bool_and(d.status IN ('FAILED', 'UNDELIVERED', 'BOUNCED', 'COMPLAINED')) AS unreachable
				FROM page JOIN delivery d ON d.subscriber_id = page.subscriber_id
				WHERE d.alert_id = ANY(?) AND d.status <> 'CANCELLED'
				GROUP BY d.subscriber_id ORDER BY d.subscriber_id""")
			.params(alerts.get(0), after == null ? FIRST : after, limit, alerts.toArray(UUID[]::new))
			.query((rs, n) -> new Reached(rs.getObject("subscriber_id", UUID.class), channels(rs.getArray("channels")),
					rs.getBoolean("unreachable")))
			.list();
	}

	private static Set<Channel> channels(Array array) throws SQLException {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		Arrays.stream((Object[]) array.getArray()).forEach(channel -> channels.add(Channel.valueOf(channel.toString())));
		return channels;
	}
}
