package org.beacon.checkins.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counts in {@code checkin_tally} follow every write to {@code safety_answer} — inserts, answers changed by an
 * upsert or an update, deletes — as a recount would give them.
 */
class CheckInTallyIntegrationTests extends BeaconIntegrationTest {

	final UUID checkIn = UUID.randomUUID();

	final UUID other = UUID.randomUUID();

	final UUID[] citizens = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };

	@BeforeEach
	void checkIns() {
		for (UUID id : new UUID[] { checkIn, other }) {
			jdbc.update("""
					INSERT INTO checkin (id, post_id, title, countries, regions, channels, opened_at, deadline)
					VALUES (?, 'embassy-bamako', 'Are you safe?', '{ML}', '{}', '{SMS}', now(), now() + interval '1 day')""",
					id);
		}
	}

	@Test
	void theCountsFollowEveryChangeOfTheAnswers() {
		jdbc.update("""
				INSERT INTO safety_answer (checkin_id, subscriber_id, answer, channel, answered_at)
				VALUES (?, ?, 'SAFE', 'SMS', now()), (?, ?, 'SAFE', 'SMS', now()), (?, ?, 'NEED_HELP', 'SMS', now()),
				       (?, ?, 'SAFE', 'EMAIL', now())""", checkIn, citizens[0], checkIn, citizens[1], checkIn,
				citizens[2], other, citizens[3]);
		assertThat(tally(checkIn)).isEqualTo(recount(checkIn)).isEqualTo(Map.of("safe", 2L, "need_help", 1L));
		assertThat(tally(other)).isEqualTo(Map.of("safe", 1L, "need_help", 0L));

		jdbc.update("UPDATE safety_answer SET answer = 'NEED_HELP' WHERE checkin_id = ? AND subscriber_id = ?", checkIn,
				citizens[0]);
		assertThat(tally(checkIn)).isEqualTo(recount(checkIn)).isEqualTo(Map.of("safe", 1L, "need_help", 2L));

		jdbc.update("""
				INSERT INTO safety_answer (checkin_id, subscriber_id, answer, channel, answered_at)
				VALUES (?, ?, 'SAFE', 'VOICE', now()), (?, ?, 'SAFE', 'SMS', now())
				ON CONFLICT (checkin_id, subscriber_id) DO UPDATE SET answer = EXCLUDED.answer""", checkIn,
				citizens[2], checkIn, citizens[3]);
		assertThat(tally(checkIn)).isEqualTo(recount(checkIn)).isEqualTo(Map.of("safe", 3L, "need_help", 1L));

		jdbc.update("DELETE FROM safety_answer WHERE subscriber_id = ANY(?)", (Object) new UUID[] { citizens[0],
				citizens[3] });
		assertThat(tally(checkIn)).isEqualTo(recount(checkIn)).isEqualTo(Map.of("safe", 2L, "need_help", 0L));
		assertThat(tally(other)).isEqualTo(recount(other)).isEqualTo(Map.of("safe", 0L, "need_help", 0L));
	}

	private Map<String, Object> tally(UUID id) {
		return jdbc.queryForMap("SELECT safe, need_help FROM checkin_tally WHERE checkin_id = ?", id);
	}

	private Map<String, Object> recount(UUID id) {
		return jdbc.queryForMap("""
				SELECT count(*) FILTER (WHERE answer = 'SAFE') AS safe, count(*) FILTER (WHERE answer = 'NEED_HELP')
				       AS need_help
				FROM safety_answer WHERE checkin_id = ?""", id);
	}
}
