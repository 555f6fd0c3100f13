package org.beacon.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Enrolls the benchmark's citizens straight into PostgreSQL with COPY, as a migration from another system would:
 * the API is not what is measured. Recipient {@code i} has phone {@link Arrivals#phone} and address
 * {@link Arrivals#email}; recipients {@code 0..n-1} are in Mali (one in ten arriving in three days), the probe citizen
 * {@code n} in Niger. Their contact points are sealed, and hashed for lookups, as Beacon stores them.
 */
final class BulkLoad {

	private static final int CHUNK = 50_000;

	/** An officer of a post covering Niger, who sends the probe alerts. */
	static final String PROBE_OFFICER = "niamey-officer";

	private BulkLoad() {
	}

	/** Adds the probe officer, with the demo officer's password. */
	static void probeOfficer(JdbcTemplate jdbc) {
		jdbc.update("INSERT INTO post (id, name) VALUES ('niamey', 'U.S. Embassy Niamey')");
		jdbc.update("INSERT INTO post_country (post_id, country) VALUES ('niamey', 'NE')");
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				SELECT ?, 'Duty Officer, Niamey', password_hash, 'niamey', '{OFFICER}' FROM staff_member
				WHERE username = 'duty-officer'""", PROBE_OFFICER);
	}

	/**
	 * Writes the ledger of an alert sent by SMS to every citizen in {@code country}, delivered, in one statement: what
	 * the fan-out and the status callbacks would have left, for benchmarks of what follows a delivery.
	 *
	 * @return how many rows it wrote
	 */
	static int deliveredSms(JdbcTemplate jdbc, ContactPointCipher cipher, UUID alertId, String country) {
		// Each destination is the citizen's number sealed again for the ledger, as the fan-out writes it.
		List<Object[]> rows = jdbc.query("""
				SELECT s.id, s.phone_sealed FROM subscriber s
				JOIN subscriber_location l ON l.subscriber_id = s.id AND l.country = ?""",
				(rs, n) -> new Object[] { alertId, rs.getObject("id"), cipher.seal(
						cipher.open(rs.getBytes("phone_sealed"), SealedColumn.SUBSCRIBER_PHONE),
						SealedColumn.DELIVERY_DESTINATION) },
				country);
		jdbc.batchUpdate("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed, status, attempts, provider,
				                      provider_id, dispatched_at, claimed_at, completed_at)
				VALUES (?, ?, 'SMS', ?, 'DELIVERED', 1, 'twilio', 'SM' || md5(?::text), now(), now(), now())""",
				rows.stream().map(row -> new Object[] { row[0], row[1], row[2], row[1] }).toList());
		// The fan-out that wrote these rows is done, as it would be before most replies come in.
		jdbc.update("INSERT INTO fanout_run (alert_id, completed_at, recipients) VALUES (?, now(), ?)", alertId,
				rows.size());
		jdbc.execute("VACUUM ANALYZE delivery");
		return rows.size();
	}

	static void citizens(DataSource dataSource, ContactPointCipher cipher, int n) throws Exception {
		LocalDate since = LocalDate.now().minusDays(30);
		// One citizen in ten is arriving: their trip starts in three days, within the lifetime of an alert issued now.
		LocalDate arriving = LocalDate.now().plusDays(3);
		// Verified contact points: the audience reaches no other.
		String verifiedAt = since + " 00:00:00+00";
		try (Connection connection = dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int from = 0; from <= n; from += CHUNK) {
				StringBuilder subscribers = new StringBuilder();
				StringBuilder locations = new StringBuilder();
				for (int i = from; i < Math.min(n + 1, from + CHUNK); i++) {
					UUID id = UUID.randomUUID();
					String email = Arrivals.email(i);
					String phone = Arrivals.phone(i);
					subscribers.append(id).append('\t').append(bytea(cipher.seal(email, SealedColumn.SUBSCRIBER_EMAIL)))
						.append('\t').append(bytea(cipher.emailLookup(email))).append('\t')
						.append(bytea(cipher.seal(phone, SealedColumn.SUBSCRIBER_PHONE))).append('\t')
						.append(bytea(cipher.phoneLookup(phone)))
						.append("\ten\t{EMAIL,SMS}\t\\\\x00\t").append(verifiedAt).append('\t').append(verifiedAt).append('\n');
					locations.append(id).append("\t0\t").append(i == n ? "NE" : "ML").append('\t')
						.append(i % 10 == 9 && i != n ? arriving : since).append('\n');
				}
				copy.copyIn("COPY subscriber (id, email_sealed, email_hash, phone_sealed, phone_hash, locale, channels, "
						+ "token_hash, email_verified_at, phone_verified_at) FROM STDIN",
						new StringReader(subscribers.toString()));
				copy.copyIn("COPY subscriber_location (subscriber_id, position, country, starts_on) FROM STDIN",
						new StringReader(locations.toString()));
			}
			try (Statement statement = connection.createStatement()) {
				// What autovacuum does soon after a bulk load: statistics, and the visibility map index-only scans use.
				statement.execute("VACUUM ANALYZE subscriber");
				statement.execute("VACUUM ANALYZE subscriber_location");
			}
		}
	}

	/** A bytea in COPY's text format: {@code \\x} and hex digits (the backslash escaped). */
	private static String bytea(byte[] value) {
		return "\\\\x" + HexFormat.of().formatHex(value);
	}
}
