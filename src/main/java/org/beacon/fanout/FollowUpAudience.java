package org.beacon.fanout;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.beacon.ledger.Deliveries;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.KnownRecipients;
import org.beacon.subscribers.Recipient;
import org.springframework.stereotype.Component;

/**
 * The audience of an update: the recipients of the alert it follows, read from that alert's ledger page by page in
 * subscriber order — each subscriber on the channels the followed alert addressed them on, unless that delivery was
 * cancelled (they never got it). Nobody new, nobody missed; a citizen who since left or opted out of a channel is not
 * reached on it ({@link KnownRecipients}).
 */
@Component
class FollowUpAudience {

	private final Deliveries deliveries;

	private final KnownRecipients known;

	FollowUpAudience(Deliveries deliveries, KnownRecipients known) {
		this.deliveries = deliveries;
		this.known = known;
	}

	/**
	 * As {@link org.beacon.subscribers.Audience#forEachPage}: pages start after {@code start} (null: the first) and
	 * end with {@code through} (null: the last).
	 */
	void forEachPage(UUID followed, int pageSize, UUID start, UUID through, Consumer<List<Recipient>> page) {
		UUID after = start;
		while (true) {
			Map<UUID, Set<Channel>> addressed = deliveries.addressed(followed, after, through, pageSize);
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
}
