package org.beacon.checkins.store;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code checkin} table. */
@Repository
public class CheckInStore {

	private static final RowMapper<CheckIn> ROW = (rs, n) -> new CheckIn(rs.getObject("id", UUID.class),
			rs.getString("post_id"), rs.getString("title"), strings(rs.getArray("countries")),
			strings(rs.getArray("regions")), strings(rs.getArray("channels")), instant(rs.getTimestamp("opened_at")),
			instant(rs.getTimestamp("deadline")), instant(rs.getTimestamp("closed_at")), rs.getString("closed_by"),
			rs.getInt("waves_sent"), instant(rs.getTimestamp("next_wave_at")));

	private final JdbcClient jdbc;

	private final RecentCheckIns recent = new RecentCheckIns(RecentCheckIns.KEPT);

	CheckInStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new check-in; false when it was stored before (its alert was published again). */
	public boolean insert(CheckIn checkIn) {
		recent.forget();
		return jdbc.sql("""
				INSERT INTO checkin (id, post_id, title, countries, regions, channels, opened_at, deadline, waves_sent,
				                     next_wave_at)
				VALUES (?, ?, ?, CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), ?, ?, ?, ?)
				ON CONFLICT (id) DO NOTHING""")
			.params(checkIn.id(), checkIn.postId(), checkIn.title(), checkIn.countries().toArray(String[]::new),
					checkIn.regions().toArray(String[]::new), checkIn.channels().toArray(String[]::new),
					Timestamp.from(checkIn.openedAt()), Timestamp.from(checkIn.deadline()), checkIn.wavesSent(),
					checkIn.nextWaveAt() == null ? null : Timestamp.from(checkIn.nextWaveAt()))
			.update() == 1;
	}

	public Optional<CheckIn> find(UUID id) {
		return jdbc.sql("SELECT * FROM checkin WHERE id = ?").param(id).query(ROW).optional();
	}

	/**
	 * Check-ins opened since {@code since}, newest first: those a citizen's reply may still be about. Read at most once
	 * a second by each process ({@link RecentCheckIns}): what another process changed shows within that second.
	 */
	public List<CheckIn> openedSince(Instant since) {
		return recent.openedSince(since,
				from -> jdbc.sql("SELECT * FROM checkin WHERE opened_at >= ? ORDER BY opened_at DESC")
					.param(Timestamp.from(from))
					.query(ROW)
					.list());
	}

	/** A wave counted as sent: its check-in and its number. */
	public record Wave(UUID checkInId, int number) {
	}

	/**
	 * Counts the next wave of each check-in whose wave is due as sent, and schedules the one after it when there is one
	 * before the deadline; check-ins another process is counting are skipped, so each wave is counted once.
	 *
	 * @param waves how many waves a check-in has at most, the first sending included
	 */
	public List<Wave> countDueWaves(Instant now, Duration interval, int waves, int limit) {
		recent.forget();
		return jdbc.sql("""
				WITH due AS (
				  SELECT id FROM checkin
				  WHERE next_wave_at <= :now AND closed_at IS NULL AND deadline > :now
				  ORDER BY next_wave_at LIMIT :limit FOR UPDATE SKIP LOCKED)
				UPDATE checkin c SET waves_sent = c.waves_sent + 1,
				       next_wave_at = CASE WHEN c.waves_sent + 1 < :waves AND CAST(:next AS timestamptz) < c.deadline
				                    THEN CAST(:next AS timestamptz) END
				FROM due WHERE c.id = due.id
				RETURNING c.id, c.waves_sent""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("waves", waves)
			.param("next", Timestamp.from(now.plus(interval)))
			.query((rs, n) -> new Wave(rs.getObject("id", UUID.class), rs.getInt("waves_sent")))
			.list();
	}

	/** The latest check-ins, newest first. */
	public List<CheckIn> latest(int limit) {
		return jdbc.sql("SELECT * FROM checkin ORDER BY opened_at DESC LIMIT ?").param(limit).query(ROW).list();
	}

	/** Closes a check-in before its deadline; false when it was closed already or its deadline has passed. */
	public boolean close(UUID id, String by, Instant at) {
		recent.forget();
		return jdbc.sql("""
				UPDATE checkin SET closed_at = ?, closed_by = ?, next_wave_at = NULL
				WHERE id = ? AND closed_at IS NULL AND deadline > ?""")
			.params(Timestamp.from(at), by, id, Timestamp.from(at))
			.update() == 1;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
	}
}
