package org.beacon.subscribers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Places citizens will start a stay in, for their trip briefings. A place counts as a trip when it was enrolled before
 * its first day: residents, and citizens already there, enroll a place that starts on the day they enroll or earlier
 * (the enrollment's default), so their places are never trips. When that day starts depends on the place's time zone,
 * which the caller knows: this reads the places enrolled before the end of their first day in UTC, later than that day
 * starts anywhere, and leaves the caller to keep those enrolled before it started where they are.
 */
@Service
public class Trips {

	private final JdbcClient jdbc;

	Trips(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stay that starts on {@code startsOn}.
	 *
	 * @param region ISO 3166-2 code, or null
	 * @param endsOn the last day, or null (an open stay)
	 * @param enrolledAt when the citizen enrolled the place (kept when they save their enrollment again unchanged)
	 */
	public record Trip(long placeId, UUID subscriberId, String country, String region, LocalDate startsOn,
			LocalDate endsOn, Instant enrolledAt) {
	}

	/**
	 * The places starting from {@code from} through {@code through} of citizens who want trip briefings and have not
	 * paused alerts, enrolled no later than the end of their first day (UTC), page by page in the order of their rows.
	 * Whether a citizen can be reached on a channel is not looked at here: the fan-out asks {@link KnownRecipients}.
	 */
	public void forEachPage(LocalDate from, LocalDate through, int pageSize, Consumer<List<Trip>> page) {
		long after = 0;
		while (true) {
			List<Trip> trips = jdbc.sql("""
					SELECT l.id, l.subscriber_id, l.country, l.region, l.starts_on, l.ends_on, l.created_at
					FROM subscriber_location l JOIN subscriber s ON s.id = l.subscriber_id
					WHERE l.starts_on BETWEEN ? AND ? AND l.id > ?
					  AND l.created_at < CAST(l.starts_on + 1 AS timestamp) AT TIME ZONE 'UTC' AND s.briefings AND s.paused_at IS NULL
					ORDER BY l.id LIMIT ?""")
				.params(from, through, after, pageSize)
				.query((rs, n) -> trip(rs))
				.list();
			if (trips.isEmpty()) {
				return;
			}
			page.accept(trips);
			after = trips.get(trips.size() - 1).placeId();
		}
	}

	private static Trip trip(ResultSet rs) throws SQLException {
		return new Trip(rs.getLong("id"), rs.getObject("subscriber_id", UUID.class), rs.getString("country"),
				rs.getString("region"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getTimestamp("created_at").toInstant());
	}
}
