package org.beacon.checkins.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.beacon.checkins.CheckInView.PlaceCounts;
import org.beacon.checkins.Counts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts a check-in's recipients by their answers. This is a report, and with {@link RecipientCounts} the one place
 * where this feature reads other features' tables, read-only: the recipients are the delivery ledger's rows of the
 * check-in's waves, and their places the subscribers' locations. Joining them in the database counts 100,000
 * recipients in one statement, where going through each feature's API would move every recipient through the JVM on
 * each refresh of the page.
 */
@Repository
public class Tallies {

	private static final String RECIPIENTS = """
			WITH recipients AS (
			  SELECT subscriber_id,
			         bool_and(status IN ('FAILED', 'UNDELIVERED', 'BOUNCED', 'COMPLAINED')) AS unreachable
			  FROM delivery WHERE alert_id = ANY(:waves) AND status <> 'CANCELLED'
			  GROUP BY subscriber_id),
			answered AS (
			  SELECT r.subscriber_id, r.unreachable, a.answer FROM recipients r
			  LEFT JOIN safety_answer a ON a.checkin_id = :checkIn AND a.subscriber_id = r.subscriber_id)
			""";

	private static final String COUNTS = """
			count(*) FILTER (WHERE answer = 'SAFE') AS safe,
			count(*) FILTER (WHERE answer = 'NEED_HELP') AS need_help,
			count(*) FILTER (WHERE answer IS NULL AND NOT unreachable) AS no_answer,
			count(*) FILTER (WHERE answer IS NULL AND unreachable) AS unreachable""";

	private final JdbcClient jdbc;

	private final RecipientCounts recipients;

	Tallies(JdbcClient jdbc, RecipientCounts recipients) {
		this.jdbc = jdbc;
		this.recipients = recipients;
	}

	/**
	 * The same counts as {@link #byPlace} without places: the answers from {@code checkin_tally}, which triggers on
	 * {@code safety_answer} keep exact as answers are stored (V45), the recipients as {@link RecipientCounts} has them,
	 * and only the few with a failed or cancelled message looked at one by one. The page and its live updates read this
	 * often, over 100,000 recipients.
	 */
	public Counts overall(CheckIn checkIn) {
		return jdbc.sql("""
				WITH failed AS (
				  SELECT DISTINCT subscriber_id FROM delivery
				  WHERE alert_id = ANY(:waves) AND status IN ('FAILED', 'UNDELIVERED', 'BOUNCED', 'COMPLAINED')),
				unreachable AS (
				  SELECT f.subscriber_id FROM failed f
				  WHERE NOT EXISTS (SELECT 1 FROM delivery d WHERE d.subscriber_id = f.subscriber_id
				                      AND d.alert_id = ANY(:waves)
				                      AND d.status NOT IN ('FAILED', 'UNDELIVERED', 'BOUNCED', 'COMPLAINED', 'CANCELLED'))
				    AND NOT EXISTS (SELECT 1 FROM safety_answer a WHERE a.checkin_id = :checkIn
				                      AND a.subscriber_id = f.subscriber_id)),
				never_asked AS (
				  SELECT DISTINCT c.subscriber_id FROM delivery c
				  WHERE c.alert_id = :checkIn AND c.status = 'CANCELLED'
				    AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.alert_id = :checkIn
				                      AND d.subscriber_id = c.subscriber_id AND d.status <> 'CANCELLED'))
				SELECT :addressed - (SELECT count(*) FROM never_asked) AS recipients,
				       coalesce((SELECT safe FROM checkin_tally WHERE checkin_id = :checkIn), 0) AS safe,
				       coalesce((SELECT need_help FROM checkin_tally WHERE checkin_id = :checkIn), 0) AS need_help,
				       (SELECT count(*) FROM unreachable) AS unreachable""")
			.param("waves", checkIn.waveIds().toArray(UUID[]::new))
			.param("checkIn", checkIn.id())
			.param("addressed", recipients.count(checkIn.id()))
			.query((rs, n) -> {
				long safe = rs.getLong("safe");
				long help = rs.getLong("need_help");
				long unreachable = rs.getLong("unreachable");
				return new Counts(safe, help, Math.max(0, rs.getLong("recipients") - safe - help - unreachable),
						unreachable);
			})
			.single();
	}

	/** Per country and region of the check-in's area, in code order. */
	public List<PlaceCounts> byPlace(CheckIn checkIn) {
		return jdbc.sql(RECIPIENTS + """
				SELECT l.country, l.region, %s FROM answered
				JOIN subscriber_location l ON l.subscriber_id = answered.subscriber_id
				WHERE l.country = ANY(:countries)
				GROUP BY l.country, l.region ORDER BY l.country, l.region NULLS FIRST""".formatted(COUNTS))
			.param("waves", checkIn.waveIds().toArray(UUID[]::new))
			.param("checkIn", checkIn.id())
			.param("countries", checkIn.countries().toArray(String[]::new))
			.query((rs, n) -> new PlaceCounts(rs.getString("country"), rs.getString("region"), counts(rs)))
			.list();
	}

	private static Counts counts(ResultSet rs) throws SQLException {
		return new Counts(rs.getLong("safe"), rs.getLong("need_help"), rs.getLong("no_answer"),
				rs.getLong("unreachable"));
	}
}
