package org.beacon.checkins.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many citizens a check-in asked: its first wave's rows in the delivery ledger, one per citizen whatever the
 * channels. Counting them reads every row (over 100,000 in a large crisis, most of a tally's time), and once the
 * fan-out is done the number no longer changes (later waves ask the same citizens again; a cancelled message is
 * counted apart), so it is counted once then and remembered by this process. Until then it is counted on each read.
 */
@Component
class Addressed {

	/** Check-ins remembered; the least recently read are forgotten beyond this. */
	private static final int KEPT = 1_000;

	private final JdbcClient jdbc;

	private final Map<UUID, Long> done = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Long> eldest) {
			return size() > KEPT;
		}
	});

	Addressed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The citizens the check-in's first wave addressed, cancelled messages included. */
	long count(UUID checkIn) {
		Long known = done.get(checkIn);
		if (known != null) {
			return known;
		}
		// Whether the fan-out was done is read before counting: a count taken after it is final.
		boolean finished = jdbc.sql("SELECT completed_at IS NOT NULL FROM fanout_run WHERE alert_id = ?")
			.param(checkIn)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		long count = jdbc.sql("SELECT count(DISTINCT subscriber_id) FROM delivery WHERE alert_id = ?")
			.param(checkIn)
			.query(Long.class)
			.single();
		if (finished) {
			done.put(checkIn, count);
		}
		return count;
	}
}
