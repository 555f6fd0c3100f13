package org.beacon.checkins.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.beacon.checkins.CheckInView.TimelinePoint;
import org.beacon.checkins.CheckInView.WaveCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How a check-in's answers came in: per wave, and over time. Like {@link Tallies}, a report that reads the delivery
 * ledger's tables read-only ({@code delivery} for who each wave asked, {@code fanout_run} for when it started), for
 * the same reason: counting 100,000 recipients in one statement.
 */
@Repository
public class AnswerHistory {

	/**
	 * Each recipient with the waves that asked them. An answer is counted for the last wave that asked its citizen: a
	 * citizen who answers is asked no more, so that is the wave they answered after. This needs no comparison of the
	 * ledger's database times with the answers' application times.
	 */
	private static final String PER_WAVE = """
			WITH w AS (SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:numbers AS int[])) AS w(id, wave)),
			asked AS MATERIALIZED (
			  SELECT d.subscriber_id, array_agg(DISTINCT w.wave) AS waves, max(w.wave) AS last_wave
			  FROM delivery d JOIN w ON d.alert_id = w.id WHERE d.status <> 'CANCELLED'
			  GROUP BY d.subscriber_id)
			SELECT w.wave, f.started_at,
			  (SELECT count(*) FROM asked WHERE w.wave = ANY(asked.waves)) AS asked,
			  (SELECT count(*) FROM asked JOIN safety_answer a
			     ON a.checkin_id = :checkIn AND a.subscriber_id = asked.subscriber_id
			   WHERE asked.last_wave = w.wave) AS answered
			FROM w LEFT JOIN fanout_run f ON f.alert_id = w.id ORDER BY w.wave""";

	/**
	 * Every answer moves its citizen to the answer's count and, when they had answered otherwise before, out of the
	 * other: the running sums are how many were safe, and how many needed help, at the end of each bucket.
	 */
	private static final String TIMELINE = """
			WITH r AS (
			  SELECT answered_at, answer,
			         lag(answer) OVER (PARTITION BY subscriber_id ORDER BY answered_at, id) AS previous
			  FROM safety_report WHERE checkin_id = :checkIn),
			d AS (
			  SELECT to_timestamp(floor(extract(epoch FROM answered_at) / :bucket) * :bucket) AS at,
			         sum(CASE WHEN answer = 'SAFE' THEN 1 ELSE 0 END
			             - CASE WHEN previous = 'SAFE' THEN 1 ELSE 0 END) AS safe,
			         sum(CASE WHEN answer = 'NEED_HELP' THEN 1 ELSE 0 END
			             - CASE WHEN previous = 'NEED_HELP' THEN 1 ELSE 0 END) AS need_help
			  FROM r GROUP BY 1)
			SELECT at, sum(safe) OVER (ORDER BY at) AS safe, sum(need_help) OVER (ORDER BY at) AS need_help
			FROM d ORDER BY at""";

	/** At most this many buckets on a timeline: a chart's worth, however long the check-in runs. */
	static final int MAX_BUCKETS = 120;

	private final JdbcClient jdbc;

	AnswerHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per wave sent, in order: when its fan-out started (null: not yet), whom it asked, who answered after it. */
	public List<WaveCounts> byWave(CheckIn checkIn) {
		List<UUID> ids = checkIn.waveIds();
		return jdbc.sql(PER_WAVE)
			.param("ids", ids.toArray(UUID[]::new))
			.param("numbers", IntStream.rangeClosed(1, ids.size()).boxed().toArray(Integer[]::new))
			.param("checkIn", checkIn.id())
			.query((rs, n) -> new WaveCounts(rs.getInt("wave"), instant(rs.getTimestamp("started_at")),
					rs.getLong("asked"), rs.getLong("answered")))
			.list();
	}

	/** The running counts of safe and need-help answers, per bucket of {@code bucket}, oldest first. */
	public List<TimelinePoint> timeline(CheckIn checkIn, Duration bucket) {
		return jdbc.sql(TIMELINE)
			.param("checkIn", checkIn.id())
			.param("bucket", bucket.toSeconds())
			.query((rs, n) -> new TimelinePoint(rs.getTimestamp("at").toInstant(), rs.getLong("safe"),
					rs.getLong("need_help")))
			.list();
	}

	/** A bucket of whole minutes, small enough for the span from opening to {@code until} to fit in the chart. */
	public static Duration bucket(Instant openedAt, Instant until) {
		long seconds = Math.max(0, Duration.between(openedAt, until).toSeconds());
		long minutes = Math.max(1, (seconds + MAX_BUCKETS * 60L - 1) / (MAX_BUCKETS * 60L));
		return Duration.ofMinutes(minutes);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
