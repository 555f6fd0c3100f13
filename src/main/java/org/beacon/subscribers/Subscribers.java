package org.beacon.subscribers;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.beacon.subscribers.EnrollmentRules.Checked;
import org.beacon.subscribers.SubscriberView.Location;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Subscribers {

	private final JdbcClient jdbc;

	Subscribers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, Checked enrollment, byte[] tokenHash, Instant now) {
		jdbc.sql("""
				INSERT INTO subscriber (id, email, phone, locale, channels, token_hash, created_at, updated_at,
				                        emergency_contact_name, emergency_contact_phone, relay_safe_to_contact, briefings)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, enrollment.email(), enrollment.phone(), enrollment.locale(), channels(enrollment.channels()),
					tokenHash, Timestamp.from(now), Timestamp.from(now), enrollment.emergencyName(),
					enrollment.emergencyPhone(), enrollment.tellWhenSafe(), !Boolean.FALSE.equals(enrollment.briefings()))
			.update();
		insertLocations(id, enrollment.locations(), Map.of(), now);
	}

	void update(UUID id, Checked enrollment, Instant now) {
		// A changed email address or phone number must be verified again (SET reads the row as it was). The new places
		// end today or later, so they govern retention again: a notice already sent and a keep are void.
		jdbc.sql("""
				UPDATE subscriber SET email = ?, phone = ?, locale = ?, channels = ?, updated_at = ?,
				  emergency_contact_name = ?, emergency_contact_phone = ?, relay_safe_to_contact = ?,
				  retention_notice_at = NULL, retention_kept_on = NULL,
				  briefings = COALESCE(?, briefings),
				  email_verified_at = CASE WHEN email IS NOT DISTINCT FROM ? THEN email_verified_at END,
				  phone_verified_at = CASE WHEN phone IS NOT DISTINCT FROM ? THEN phone_verified_at END
				WHERE id = ?""")
			.params(enrollment.email(), enrollment.phone(), enrollment.locale(), channels(enrollment.channels()),
					Timestamp.from(now), enrollment.emergencyName(), enrollment.emergencyPhone(),
					enrollment.tellWhenSafe(), enrollment.briefings(), enrollment.email(),
					enrollment.phone(), id)
			.update();
		// A place saved again as it was keeps when it was first enrolled: trip briefings tell trips from residence, and
		// skip trips enrolled too late, by that moment.
		Map<String, Instant> enrolled = new HashMap<>();
		jdbc.sql("SELECT country, region, starts_on, min(created_at) AS created_at FROM subscriber_location "
				+ "WHERE subscriber_id = ? GROUP BY country, region, starts_on")
			.param(id)
			.query(rs -> {
				enrolled.put(place(rs.getString("country"), rs.getString("region"),
						rs.getObject("starts_on", LocalDate.class)), rs.getTimestamp("created_at").toInstant());
			});
		jdbc.sql("DELETE FROM subscriber_location WHERE subscriber_id = ?").param(id).update();
		insertLocations(id, enrollment.locations(), enrolled, now);
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM subscriber WHERE id = ?").param(id).update();
	}

	Optional<byte[]> tokenHash(UUID id) {
		return jdbc.sql("SELECT token_hash FROM subscriber WHERE id = ?").param(id).query(byte[].class).optional();
	}

	Optional<SubscriberView> find(UUID id) {
		return jdbc.sql("""
				SELECT id, email, phone, locale, channels, created_at, updated_at, email_verified_at IS NOT NULL AS ev,
				       phone_verified_at IS NOT NULL AS pv, paused_at IS NOT NULL AS paused,
				       emergency_contact_name, emergency_contact_phone, relay_safe_to_contact, briefings
				FROM subscriber WHERE id = ?""")
			.param(id)
			.query((rs, n) -> new SubscriberView(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("phone"), rs.getString("locale"), channels(rs.getArray("channels")), locations(id),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
					rs.getBoolean("ev"), rs.getBoolean("pv"), rs.getBoolean("paused"),
					rs.getString("emergency_contact_name"), rs.getString("emergency_contact_phone"),
					rs.getBoolean("relay_safe_to_contact"), rs.getBoolean("briefings")))
			.optional();
	}

	private List<Location> locations(UUID id) {
		return jdbc.sql("""
				SELECT country, region, lat, lon, starts_on, ends_on FROM subscriber_location
				WHERE subscriber_id = ? ORDER BY position""")
			.param(id)
			.query((rs, n) -> new Location(rs.getString("country"), rs.getString("region"), doubleOrNull(rs, "lat"),
					doubleOrNull(rs, "lon"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	/** @param enrolled when each place already enrolled was, by {@link #place}; a place not in it is enrolled now */
	private void insertLocations(UUID id, List<Location> locations, Map<String, Instant> enrolled, Instant now) {
		for (int i = 0; i < locations.size(); i++) {
			Location l = locations.get(i);
			Instant created = enrolled.getOrDefault(place(l.country(), l.region(), l.from()), now);
			jdbc.sql("""
					INSERT INTO subscriber_location (subscriber_id, position, country, region, lat, lon, starts_on, ends_on,
					                                 created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, i, l.country(), l.region(), l.lat(), l.lon(), l.from(), l.to(), Timestamp.from(created))
				.update();
		}
	}

	/** A place as trip briefings know it: where, and from which day. */
	private static String place(String country, String region, LocalDate from) {
		return country + "/" + region + "/" + from;
	}

	static String[] channels(Set<Channel> channels) {
		return channels.stream().map(Enum::name).toArray(String[]::new);
	}

	static Set<Channel> channels(Array array) throws SQLException {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		for (Object value : (Object[]) array.getArray()) {
			channels.add(Channel.valueOf(value.toString()));
		}
		return channels;
	}

	private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}
}
