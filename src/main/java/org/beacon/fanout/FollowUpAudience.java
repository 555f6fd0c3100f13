package org.beacon.fanout;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.beacon.subscribers.Channel;
import org.beacon.subscribers.KnownRecipients;
import org.beacon.subscribers.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audience of an update: the recipients of the alert it follows, read from that alert's ledger page by page in
 * subscriber order — each subscriber on the channels the followed alert addressed them on, unless that delivery was
 * cancelled (they never got it). Nobody new, nobody missed; a citizen who since left or opted out of a channel is not
 * reached on it ({@link KnownRecipients}).
 */
@Component
class FollowUpAudience {

	/** The smallest UUID in PostgreSQL's order: a walk from the start. */
	private static final UUID FIRST = new UUID(0, 0);

	private final JdbcClient jdbc;

	private final KnownRecipients known;

	FollowUpAudience(JdbcClient jdbc, KnownRecipients known) {
		this.jdbc = jdbc;
		this.known = known;
	}

	/** As {@link org.beacon.subscribers.Audience#forEachPage}: pages start after {@code start} (null: the first). */
	void forEachPage(UUID followed, int pageSize, UUID start, Consumer<List<Recipient>> page) {
		UUID after = start;
		while (true) {
			Map<UUID, Set<Channel>> addressed = page(followed, after, pageSize);
			if (addressed.isEmpty()) {
				return;
			}
			List<Recipient> recipients = known.of(addressed);
			if (!recipients.isEmpty()) {
				page.accept(recipients);
			}
			after = addressed.keySet().stream().reduce((first, second) -> second).orElseThrow();
		}
	}

	private Map<UUID, Set<Channel>> page(UUID followed, UUID after, int pageSize) {
		Map<UUID, Set<Channel>> addressed = new LinkedHashMap<>();
		// The ledger's unique (alert_id, subscriber_id, channel) index walks the alert's rows in subscriber order.
		jdbc.sql("""
				SELECT subscriber_id, array_agg(channel) AS channels FROM delivery
				WHERE alert_id = ? AND status <> 'CANCELLED' AND subscriber_id > ?
				GROUP BY subscriber_id ORDER BY subscriber_id LIMIT ?""")
			.params(followed, after == null ? FIRST : after, pageSize)
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
