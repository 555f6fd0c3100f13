package org.beacon.checkins.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.beacon.checkins.AnswerChannel;
import org.beacon.checkins.HelpDetails;
import org.beacon.checkins.SafetyAnswer;
import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code help_case} table: a case per citizen who answered a check-in that they need help, read with their latest
 * answer and what they said when they last asked for help.
 */
@Repository
public class HelpCaseStore {

	/** Where a case stands. */
	public enum Status {
		/** Nobody handles it yet. */
		OPEN,
		/** A staff member handles it. */
		TAKEN,
		/** Handled, with a note. */
		RESOLVED
	}

	/**
	 * A case as stored, with the citizen's answers.
	 *
	 * @param resolvedBy who resolved it; on a case opened again, who resolved it last
	 * @param answer the citizen's latest answer: {@link SafetyAnswer#SAFE} once they said they are safe after all
	 * @param askedAt when they last said they need help
	 * @param message what they wrote then; null when nothing
	 * @param help what they said then about the help they need
	 */
	public record Row(UUID checkInId, UUID subscriberId, Status status, Instant openedAt, String takenBy,
			Instant takenAt, String resolvedBy, Instant resolvedAt, String note, SafetyAnswer answer,
			AnswerChannel channel, Instant answeredAt, Instant askedAt, String message, HelpDetails help) {
	}

	private static final String SELECT = """
			SELECT c.*, a.answer, a.channel, a.answered_at, r.answered_at AS asked_at, r.message, r.help_needed,
			       r.people, r.lat, r.lon, r.callback_phone_sealed
			FROM help_case c
			JOIN safety_answer a ON a.checkin_id = c.checkin_id AND a.subscriber_id = c.subscriber_id
			LEFT JOIN LATERAL (
			  SELECT * FROM safety_report r
			  WHERE r.subscriber_id = c.subscriber_id AND r.checkin_id = c.checkin_id AND r.answer = 'NEED_HELP'
			  ORDER BY r.answered_at DESC, r.id DESC LIMIT 1) r ON true
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final ContactPointCipher cipher;

	HelpCaseStore(JdbcClient jdbc, JdbcTemplate batches, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.cipher = cipher;
	}

	/**
	 * Opens a case for each citizen who just said they need help, unless one is open or taken; a resolved case whose
	 * citizen asks again after its resolution opens again.
	 */
	public void needHelp(UUID checkInId, Collection<UUID> subscribers, Instant at) {
		Timestamp opened = Timestamp.from(at);
		batches.batchUpdate("""
				INSERT INTO help_case (checkin_id, subscriber_id, opened_at) VALUES (?, ?, ?)
				ON CONFLICT (checkin_id, subscriber_id) DO UPDATE
				SET status = 'OPEN', taken_by = NULL, taken_at = NULL
				WHERE help_case.status = 'RESOLVED' AND help_case.resolved_at < EXCLUDED.opened_at""",
				new LinkedHashSet<>(subscribers).stream().map(s -> new Object[] { checkInId, s, opened }).toList());
	}

	/**
	 * One page of a check-in's cases in the given states, oldest first.
	 *
	 * @param after the last case of the previous page; null for the first
	 */
	public List<Row> page(UUID checkInId, Collection<Status> statuses, UUID after, int limit) {
		List<Object> params = new ArrayList<>(List.of(checkInId, statuses.stream().map(Enum::name)
			.toArray(String[]::new)));
		String from = "";
		if (after != null) {
			from = """
					AND (c.opened_at, c.subscriber_id) >
					    (SELECT opened_at, subscriber_id FROM help_case WHERE checkin_id = ? AND subscriber_id = ?)""";
			params.addAll(List.of(checkInId, after));
		}
		params.add(limit);
		return jdbc.sql(SELECT + "WHERE c.checkin_id = ? AND c.status = ANY(?) " + from
				+ " ORDER BY c.opened_at, c.subscriber_id LIMIT ?")
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
	}

	public Optional<Row> find(UUID checkInId, UUID subscriberId) {
		return jdbc.sql(SELECT + "WHERE c.checkin_id = ? AND c.subscriber_id = ?")
			.params(checkInId, subscriberId)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** The states of the cases of those of {@code subscribers} who have one. */
	public Map<UUID, Status> statuses(UUID checkInId, Collection<UUID> subscribers) {
		Map<UUID, Status> statuses = new HashMap<>();
		jdbc.sql("SELECT subscriber_id, status FROM help_case WHERE checkin_id = ? AND subscriber_id = ANY(?)")
			.params(checkInId, subscribers.toArray(UUID[]::new))
			.query(rs -> {
				statuses.put(rs.getObject("subscriber_id", UUID.class), Status.valueOf(rs.getString("status")));
			});
		return statuses;
	}

	/** How many cases of each check-in nobody has resolved yet (open or taken); check-ins with none are absent. */
	public Map<UUID, Long> unresolved(Collection<UUID> checkIns) {
		Map<UUID, Long> counts = new HashMap<>();
		jdbc.sql("""
				SELECT checkin_id, count(*) AS unresolved FROM help_case
				WHERE checkin_id = ANY(?) AND status <> 'RESOLVED' GROUP BY checkin_id""")
			.param(checkIns.toArray(UUID[]::new))
			.query(rs -> {
				counts.put(rs.getObject("checkin_id", UUID.class), rs.getLong("unresolved"));
			});
		return counts;
	}

	/** Takes an open case; false when it is not open (taken, resolved, or none). */
	public boolean take(UUID checkInId, UUID subscriberId, String by, Instant at) {
		return jdbc.sql("""
				UPDATE help_case SET status = 'TAKEN', taken_by = ?, taken_at = ?
				WHERE checkin_id = ? AND subscriber_id = ? AND status = 'OPEN'""")
			.params(by, Timestamp.from(at), checkInId, subscriberId)
			.update() == 1;
	}

	/** Resolves a taken case; false when it is not taken (open, resolved, or none). */
	public boolean resolve(UUID checkInId, UUID subscriberId, String by, Instant at, String note) {
		return jdbc.sql("""
				UPDATE help_case SET status = 'RESOLVED', resolved_by = ?, resolved_at = ?, note = ?
				WHERE checkin_id = ? AND subscriber_id = ? AND status = 'TAKEN'""")
			.params(by, Timestamp.from(at), note, checkInId, subscriberId)
			.update() == 1;
	}

	private Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("checkin_id", UUID.class), rs.getObject("subscriber_id", UUID.class),
				Status.valueOf(rs.getString("status")), instant(rs, "opened_at"), rs.getString("taken_by"),
				instant(rs, "taken_at"), rs.getString("resolved_by"), instant(rs, "resolved_at"), rs.getString("note"),
				SafetyAnswer.valueOf(rs.getString("answer")), AnswerChannel.valueOf(rs.getString("channel")),
				instant(rs, "answered_at"), instant(rs, "asked_at"), rs.getString("message"),
				new HelpDetails(rs.getString("help_needed"), rs.getObject("people", Integer.class),
						rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
						cipher.open(rs.getBytes("callback_phone_sealed"), SealedColumn.SAFETY_REPORT_CALLBACK_PHONE)));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
