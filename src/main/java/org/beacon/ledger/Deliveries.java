package org.beacon.ledger;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The fan-out's side of the delivery ledger: the rows it writes, and the recipients an earlier alert addressed. */
@Repository
public class Deliveries {

	/** The smallest UUID in PostgreSQL's order: a walk from the start. */
	private static final UUID FIRST = new UUID(0, 0);

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	Deliveries(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A ledger row to hand to Kafka. */
	public record Pending(long id, UUID subscriberId, Channel channel, String locale) {
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
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed)
				SELECT ?, * FROM unnest(?::uuid[], ?::text[], ?::bytea[])
				ON CONFLICT (alert_id, subscriber_id, channel) DO NOTHING
				RETURNING id, subscriber_id, channel""")
			.params(alertId, recipients.stream().map(Recipient::subscriberId).toArray(UUID[]::new),
					recipients.stream().map(r -> r.channel().name()).toArray(String[]::new),
					recipients.stream()
						.map(r -> cipher.seal(r.destination(), SealedColumn.DELIVERY_DESTINATION))
						.toArray(byte[][]::new))
			.query((rs, n) -> pending(rs, locales))
			.list();
		if (pending.size() == recipients.size()) {
			return pending;
		}
		return jdbc.sql("""
				SELECT id, subscriber_id, channel FROM delivery
				WHERE alert_id = ? AND subscriber_id = ANY(?) AND status = ?""")
			.params(alertId, recipients.stream().map(Recipient::subscriberId).distinct().toArray(UUID[]::new),
					DeliveryStatus.QUEUED.name())
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
		return new Pending(rs.getLong("id"), subscriber, Channel.valueOf(channel),
				locales.getOrDefault(subscriber + channel, "en"));
	}

	/**
	 * One page of the subscribers an alert addressed, in subscriber order, each with the channels it addressed them
	 * on; a cancelled delivery does not count (they never got it).
	 *
	 * @param after the last subscriber of the previous page; null for the first page
	 * @param through the last subscriber the walk may reach (a shard's end); null: no end
	 */
	public Map<UUID, Set<Channel>> addressed(UUID alertId, UUID after, UUID through, int pageSize) {
		Map<UUID, Set<Channel>> addressed = new LinkedHashMap<>();
		List<Object> params = new ArrayList<>(List.of(alertId, DeliveryStatus.CANCELLED.name(),
				after == null ? FIRST : after));
		if (through != null) {
			params.add(through);
		}
		params.add(pageSize);
		// The ledger's unique (alert_id, subscriber_id, channel) index walks the alert's rows in subscriber order.
		jdbc.sql("""
				SELECT subscriber_id, array_agg(channel) AS channels FROM delivery
				WHERE alert_id = ? AND status <> ? AND subscriber_id > ? %s
				GROUP BY subscriber_id ORDER BY subscriber_id LIMIT ?""".formatted(through == null ? ""
				: "AND subscriber_id <= ?"))
			.params(params)
			.query(rs -> {
				addressed.put(rs.getObject("subscriber_id", UUID.class), channels(rs.getArray("channels")));
			});
		return addressed;
	}

	private static Set<Channel> channels(Array array) throws SQLException {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		Arrays.stream((Object[]) array.getArray()).forEach(channel -> channels.add(Channel.valueOf(channel.toString())));
		return channels;
	}
}
