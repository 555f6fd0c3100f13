package org.beacon.checkins.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.beacon.ledger.FanoutRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many citizens a check-in asked: its first wave's rows in the delivery ledger, one per citizen whatever the
 * channels. Counting them reads every row (over 100,000 in a large crisis, most of a tally's time), and once the
 * fan-out is done the number hardly changes (later waves ask the same citizens again; a cancelled message is counted
 * apart), so it is then remembered by this process for {@link #RECOUNT}. Until the fan-out is done it is counted on
 * each read. The recount catches the rare rows written after the fan-out was marked done (a redelivered shard's walk
 * that began before).
 */
@Component
class RecipientCounts {

	/** How long a count taken after the fan-out is trusted. */
	static final Duration RECOUNT = Duration.ofMinutes(1);

	/** Check-ins remembered; the least recently read are forgotten beyond this. */
	private static final int KEPT = 1_000;

	private record Count(long recipients, Instant taken) {
	}

	private final JdbcClient jdbc;

	private final FanoutRuns fanouts;

	private final Clock clock;

	private final Map<UUID, Count> done = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Count> eldest) {
			return size() > KEPT;
		}
	});

	RecipientCounts(JdbcClient jdbc, FanoutRuns fanouts, Clock clock) {
		this.jdbc = jdbc;
		this.fanouts = fanouts;
		this.clock = clock;
	}

	/** The citizens the check-in's first wave addressed, cancelled messages included. */
	long count(UUID checkIn) {
		Instant now = clock.instant();
		Count known = done.get(checkIn);
		if (known != null && known.taken().plus(RECOUNT).isAfter(now)) {
			return known.recipients();
		}
		// Whether the fan-out was done is read before counting: a count taken after it is final.
		boolean finished = fanouts.complete(checkIn);
		long count = jdbc.sql("SELECT count(DISTINCT subscriber_id) FROM delivery WHERE alert_id = ?")
			.param(checkIn)
			.query(Long.class)
			.single();
		if (finished) {
			done.put(checkIn, new Count(count, now));
		}
		return count;
	}
}
