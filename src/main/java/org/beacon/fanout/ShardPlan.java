package org.beacon.fanout;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.beacon.ledger.FanoutShards.Range;
import org.beacon.subscribers.Audience;
import org.beacon.subscribers.AudienceCriteria;
import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Component;

/**
 * Splits an alert's audience into shards: equal ranges of subscriber ids, as many as the audience is large (one per
 * {@link FanoutProperties#shardSize} places in the area, up to {@link FanoutProperties#shards}). Subscriber ids are
 * random (version 4) UUIDs, so equal ranges of their leading 64 bits hold about as many subscribers each.
 */
@Component
class ShardPlan {

	private final Audience audience;

	private final FanoutProperties properties;

	ShardPlan(Audience audience, FanoutProperties properties) {
		this.audience = audience;
		this.properties = properties;
	}

	/** The ranges for this alert; an update is sized by its area too, which holds everyone the original reached. */
	List<Range> ranges(AlertRecord alert) {
		long cap = (long) properties.shards() * properties.shardSize();
		long size = audience.sizeUpTo(criteria(alert), cap);
		return ranges((int) Math.max(1, Math.min(properties.shards(), ceilDiv(size, properties.shardSize()))));
	}

	/**
	 * The criteria of the alert's area: places are matched on the day it was issued, and arrivals by the last day it
	 * names, so a replay reaches the same.
	 */
	static AudienceCriteria criteria(AlertRecord alert) {
		LocalDate day = LocalDate.ofInstant(alert.issuedAt(), ZoneOffset.UTC);
		LocalDate until = alert.arrivalsUntil() == null ? day : LocalDate.ofInstant(alert.arrivalsUntil(), ZoneOffset.UTC);
		return AudienceCriteria.of(alert.countries(), alert.regions(), alert.shapes(),
				alert.channels().stream().map(Channel::valueOf).toList(), day, until);
	}

	/**
	 * {@code n} consecutive ranges covering every UUID in PostgreSQL's order (bytes compared unsigned, which is the
	 * unsigned order of the leading 64 bits, then of the rest).
	 */
	static List<Range> ranges(int n) {
		long step = Long.divideUnsigned(-1L, n);
		List<Range> ranges = new ArrayList<>(n);
		UUID after = null;
		for (int i = 1; i <= n; i++) {
			UUID through = i == n ? null : new UUID(step * i, -1L);
			ranges.add(new Range(after, through));
			after = through;
		}
		return ranges;
	}

	private static long ceilDiv(long a, long b) {
		return (a + b - 1) / b;
	}
}
