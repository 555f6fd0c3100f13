package org.beacon.briefings;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.beacon.subscribers.Trips.Trip;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code briefing}: each trip's briefings decided, one row per trip and kind. */
@Repository
class Briefings {

	/** What became of a briefing that fell due. */
	enum Outcome {
		/** Published for the fan-out to send. */
		SENT,
		/** An arrival briefing with nothing to say: every alert in force there had reached the traveller. */
		NOTHING_NEW
	}

	private final JdbcClient jdbc;

	Briefings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Of these briefings, those already decided. */
	Set<UUID> decided(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("SELECT id FROM briefing WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	/**
	 * Records the briefing's outcome, once: false when it was decided already (by another process, whose transaction
	 * this one waits for if it has not ended).
	 */
	boolean decide(UUID id, Trip trip, BriefingKind kind, Outcome outcome, Instant at) {
		return jdbc.sql("""
				INSERT INTO briefing (id, subscriber_id, country, region, starts_on, kind, outcome, decided_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""")
			.params(id, trip.subscriberId(), trip.country(), trip.region(), trip.startsOn(), kind.name(),
					outcome.name(), Timestamp.from(at))
			.update() == 1;
	}

	/** Forgets the briefings of trips that started before {@code day}: none of them can fall due again. */
	int forgetStartedBefore(LocalDate day) {
		return jdbc.sql("DELETE FROM briefing WHERE starts_on < ?").param(day).update();
	}

	/** Forgets a citizen who left. */
	void forget(UUID subscriberId) {
		jdbc.sql("DELETE FROM briefing WHERE subscriber_id = ?").param(subscriberId).update();
	}
}
