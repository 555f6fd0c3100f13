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

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.beacon.subscribers.EnrollmentRules.Checked;
import org.beacon.subscribers.SubscriberView.Location;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Subscribers {

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	Subscribers(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(UUID id, Checked enrollment, byte[] tokenHash, Instant now) {
		jdbc.sql("""
				INSERT INTO subscriber (id, email_sealed, email_hash, phone_sealed, phone_hash, locale, channels, token_hash,
				                        created_at, updated_at, emergency_contact_name, emergency_contact_phone_sealed,
				                        relay_safe_to_contact, briefings)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, cipher.seal(enrollment.email(), SealedColumn.SUBSCRIBER_EMAIL),
					cipher.emailLookup(enrollment.email()), cipher.seal(enrollment.phone(), SealedColumn.SUBSCRIBER_PHONE),
					cipher.phoneLookup(enrollment.phone()), enrollment.locale(), channels(enrollment.channels()),
					tokenHash, Timestamp.from(now), Timestamp.from(now), enrollment.emergencyName(),
					cipher.seal(enrollment.emergencyPhone(), SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE),
					enrollment.tellWhenSafe(), !Boolean.FALSE.equals(enrollment.briefings()))
			.update();
		insertLocations(id, enrollment.locations(), Map.of(), now);
	}

	void update(UUID id, Checked enrollment, Instant now) {
		// A changed email address or phone number must be verified again (SET reads the row as it was; the lookup
		// hashes tell whether it changed, as sealing the same value twice differs). The new places
		// end today or later, so they govern retention again: a notice already sent and a keep are void.
		jdbc.sql("""
				UPDATE subscriber SET email_sealed = :emailSealed, email_hash = :email, phone_sealed = :phoneSealed,
				  phone_hash = :phone, locale = :locale, channels = :channels, updated_at = :now,
				  emergency_contact_name = :emergencyName, emergency_contact_phone_sealed = :emergencyPhone,
				  relay_safe_to_contact = :tellWhenSafe, retention_notice_at = NULL, retention_kept_on = NULL,
				  briefings = COALESCE(:briefings, briefings),
				  email_verified_at = CASE WHEN email_hash IS NOT DISTINCT FROM :email THEN email_verified_at END,
				  phone_verified_at = CASE WHEN phone_hash IS NOT DISTINCT FROM :phone THEN phone_verified_at END
				WHERE id = :id""")
			.param("emailSealed", cipher.seal(enrollment.email(), SealedColumn.SUBSCRIBER_EMAIL), java.sql.Types.BINARY)
			.param("email", cipher.emailLookup(enrollment.email()), java.sql.Types.BINARY)
			.param("phoneSealed", cipher.seal(enrollment.phone(), SealedColumn.SUBSCRIBER_PHONE), java.sql.Types.BINARY)
			.param("phone", cipher.phoneLookup(enrollment.phone()), java.sql.Types.BINARY)
			.param("locale", enrollment.locale())
			.param("channels", channels(enrollment.channels()))
			.param("now", Timestamp.from(now))
			.param("emergencyName", enrollment.emergencyName())
			.param("emergencyPhone", cipher.seal(enrollment.emergencyPhone(),
					SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE), java.sql.Types.BINARY)
			.param("tellWhenSafe", enrollment.tellWhenSafe())
			.param("briefings", enrollment.briefings())
			.param("id", id)
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
				SELECT id, email_sealed, phone_sealed, locale, channels, created_at, updated_at, email_verified_at IS NOT NULL AS ev,
				       phone_verified_at IS NOT NULL AS pv, paused_at IS NOT NULL AS paused,
				       emergency_contact_name, emergency_contact_phone_sealed, relay_safe_to_contact, briefings
				FROM subscriber WHERE id = ?""")
			.param(id)
			.query((rs, n) -> new SubscriberView(rs.getObject("id", UUID.class),
					cipher.open(rs.getBytes("email_sealed"), SealedColumn.SUBSCRIBER_EMAIL),
					cipher.open(rs.getBytes("phone_sealed"), SealedColumn.SUBSCRIBER_PHONE), rs.getString("locale"), channels(rs.getArray("channels")), locations(id),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
					rs.getBoolean("ev"), rs.getBoolean("pv"), rs.getBoolean("paused"),
					rs.getString("emergency_contact_name"),
					cipher.open(rs.getBytes("emergency_contact_phone_sealed"), SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE),
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
