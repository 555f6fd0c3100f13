package org.beacon.checkins.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * The tables {@code safety_answer} (each recipient's latest answer) and {@code safety_report} (every answer as it
 * came).
 */
@Repository
public class AnswerStore {

	private static final Comparator<UUID> UNSIGNED = Comparator
		.comparing((UUID id) -> id.getMostSignificantBits(), Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final ContactPointCipher cipher;

	AnswerStore(JdbcClient jdbc, JdbcTemplate batches, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.cipher = cipher;
	}

	/**
	 * One citizen's answer to a check-in.
	 *
	 * @param message the free text that came with a "need help" SMS; null otherwise
	 * @param help what the email's form said about the help needed; {@link HelpDetails#NONE} otherwise
	 */
	public record Answer(UUID checkInId, UUID subscriberId, SafetyAnswer answer, AnswerChannel channel,
			Instant answeredAt, String message, HelpDetails help) {

		public Answer {
			help = help == null ? HelpDetails.NONE : help;
		}
	}

	/**
	 * Keeps each answer as it came and makes it its citizen's latest unless a later one is already stored (answers
	 * may arrive out of order; the latest by time wins, and on a tie the last stored).
	 */
	public void record(List<Answer> answers) {
		if (answers.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(answers.size());
		List<Object[]> reports = new ArrayList<>(answers.size());
		for (Answer a : answers) {
			HelpDetails help = a.help();
			Object[] row = { a.checkInId(), a.subscriberId(), a.answer().name(), a.channel().name(),
					Timestamp.from(a.answeredAt()), a.message(), help.need(), help.people(), help.lat(), help.lon() };
			rows.add(row);
			// The phone that works is a contact point: sealed, and kept with the report alone.
			Object[] report = java.util.Arrays.copyOf(row, row.length + 1);
			report[row.length] = cipher.seal(help.phone(), SealedColumn.SAFETY_REPORT_CALLBACK_PHONE);
			reports.add(report);
		}
		batch("""
				INSERT INTO safety_report (checkin_id, subscriber_id, answer, channel, answered_at, message, help_needed,
				                           people, lat, lon, callback_phone_sealed)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", reports);
		lockTallies(answers);
		// One statement may not update a row twice: of a citizen's answers here, the last is the latest. They go in the
		// key's order (the database compares UUIDs as unsigned bytes), which walks the key's index in order.
		Map<List<UUID>, Object[]> latest = new TreeMap<>(Comparator.comparing((List<UUID> key) -> key.get(0), UNSIGNED)
			.thenComparing(key -> key.get(1), UNSIGNED));
		for (Object[] row : rows) {
			latest.put(List.of((UUID) row[0], (UUID) row[1]), row);
		}
		batch("""
				INSERT INTO safety_answer (checkin_id, subscriber_id, answer, channel, answered_at, message, help_needed,
				                           people, lat, lon)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (checkin_id, subscriber_id) DO UPDATE
				SET answer = EXCLUDED.answer, channel = EXCLUDED.channel, answered_at = EXCLUDED.answered_at,
				    message = EXCLUDED.message, help_needed = EXCLUDED.help_needed, people = EXCLUDED.people,
				    lat = EXCLUDED.lat, lon = EXCLUDED.lon
				WHERE safety_answer.answered_at <= EXCLUDED.answered_at""", new ArrayList<>(latest.values()));
	}

	/**
	 * Locks the answers' check-ins' counts ({@code checkin_tally}, which the triggers on {@code safety_answer} update)
	 * before any answer is written, in one statement and in the database's order of ids. Every transaction storing
	 * answers thus waits for the others answering the same check-ins at its start: none can hold a citizen's answer
	 * while waiting for a count another holds, so they never deadlock.
	 */
	private void lockTallies(List<Answer> answers) {
		jdbc.sql("""
				INSERT INTO checkin_tally AS t (checkin_id) SELECT id FROM unnest(?::uuid[]) AS c(id) ORDER BY id
				ON CONFLICT (checkin_id) DO UPDATE SET safe = t.safe""")
			.param(answers.stream().map(Answer::checkInId).distinct().toArray(UUID[]::new))
			.update();
	}

	private void batch(String sql, List<Object[]> rows) {
		if (rows.size() == 1) {
			jdbc.sql(sql).params(rows.get(0)).update();
		}
		else {
			batches.batchUpdate(sql, rows);
		}
	}

	/** Those of {@code subscribers} who have answered the check-in. */
	public Set<UUID> answered(UUID checkInId, Collection<UUID> subscribers) {
		return new HashSet<>(jdbc.sql("""
				SELECT subscriber_id FROM safety_answer WHERE checkin_id = ? AND subscriber_id = ANY(?)""")
			.params(checkInId, subscribers.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	/** A citizen's latest answer to a check-in, if they gave one. */
	public Optional<Answer> latest(UUID checkInId, UUID subscriberId) {
		return jdbc.sql("SELECT * FROM safety_answer WHERE checkin_id = ? AND subscriber_id = ?")
			.params(checkInId, subscriberId)
			.query((rs, n) -> answer(rs))
			.optional();
	}

	/** The latest answers of those of {@code subscribers} who answered the check-in, by citizen. */
	public Map<UUID, Answer> latest(UUID checkInId, Collection<UUID> subscribers) {
		Map<UUID, Answer> latest = new HashMap<>();
		jdbc.sql("SELECT * FROM safety_answer WHERE checkin_id = ? AND subscriber_id = ANY(?)")
			.params(checkInId, subscribers.toArray(UUID[]::new))
			.query(rs -> {
				Answer answer = answer(rs);
				latest.put(answer.subscriberId(), answer);
			});
		return latest;
	}

	/** A latest answer: its help details without the phone that works, which only the report keeps (sealed). */
	private static Answer answer(ResultSet rs) throws SQLException {
		return new Answer(rs.getObject("checkin_id", UUID.class), rs.getObject("subscriber_id", UUID.class),
				SafetyAnswer.valueOf(rs.getString("answer")), AnswerChannel.valueOf(rs.getString("channel")),
				rs.getTimestamp("answered_at").toInstant(), rs.getString("message"),
				new HelpDetails(rs.getString("help_needed"), rs.getObject("people", Integer.class),
						rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), null));
	}
}
