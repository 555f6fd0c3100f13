package org.beacon.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.beacon.support.TestKeys;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** V51 on a database that holds contact points in clear: every one is sealed, and the clear columns are gone. */
class SealContactPointsMigrationIntegrationTests {

	final ContactPointCipher cipher = TestKeys.cipher();

	@Test
	void sealsTheContactPointsStoredBeforeAndDropsTheClearColumns() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			DataSource dataSource = postgres.getPostgresDatabase();
			// The schema as it was before V51: every migration below it, whichever is the last.
			MigrationVersion before = Arrays.stream(flyway(dataSource).load().info().all())
				.map(MigrationInfo::getVersion)
				.filter(version -> version.compareTo(MigrationVersion.fromVersion("51")) < 0)
				.max(MigrationVersion::compareTo)
				.orElseThrow();
			flyway(dataSource).target(before).load().migrate();
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			UUID both = UUID.randomUUID();
			UUID emailOnly = UUID.randomUUID();
			jdbc.update("""
					INSERT INTO subscriber (id, email, phone, locale, channels, token_hash, emergency_contact_phone,
					                        relay_safe_to_contact)
					VALUES (?, 'maria.lopez@example.org', '+22376000601', 'en', '{EMAIL,SMS}', '\\x00', '+22376000602',
					        true),
					       (?, 'jose@example.org', NULL, 'es', '{EMAIL}', '\\x00', NULL, false)""", both, emailOnly);
			jdbc.update("""
					INSERT INTO delivery (alert_id, subscriber_id, channel, destination)
					VALUES (gen_random_uuid(), ?, 'SMS', '+22376000601'), (gen_random_uuid(), ?, 'EMAIL', NULL)""",
					both, emailOnly);
			jdbc.update("""
					INSERT INTO contact_challenge (id, subscriber_id, purpose, destination, secret_hash, created_at,
					                               expires_at)
					VALUES (gen_random_uuid(), ?, 'SIGN_IN', 'maria.lopez@example.org', '\\x01', now(), now())""", both);

			flyway(dataSource).javaMigrations(new SealContactPointsMigration(cipher)).load().migrate();

			assertThat(jdbc.queryForList("""
					SELECT table_name || '.' || column_name FROM information_schema.columns
					WHERE table_name IN ('subscriber', 'delivery', 'contact_challenge')
					  AND column_name IN ('email', 'phone', 'emergency_contact_phone', 'destination')""", String.class))
				.as("clear columns").isEmpty();
			Map<String, Object> maria = jdbc.queryForMap("SELECT * FROM subscriber WHERE id = ?", both);
			assertThat(cipher.open((byte[]) maria.get("email_sealed"), SealedColumn.SUBSCRIBER_EMAIL))
				.isEqualTo("maria.lopez@example.org");
			assertThat(cipher.open((byte[]) maria.get("phone_sealed"), SealedColumn.SUBSCRIBER_PHONE))
				.isEqualTo("+22376000601");
			assertThat(cipher.open((byte[]) maria.get("emergency_contact_phone_sealed"),
					SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE)).isEqualTo("+22376000602");
			assertThat((byte[]) maria.get("email_hash")).isEqualTo(cipher.emailLookup("maria.lopez@example.org"));
			assertThat((byte[]) maria.get("phone_hash")).isEqualTo(cipher.phoneLookup("+22376000601"));
			Map<String, Object> jose = jdbc.queryForMap("SELECT * FROM subscriber WHERE id = ?", emailOnly);
			assertThat(jose.get("phone_sealed")).isNull();
			assertThat(jose.get("phone_hash")).isNull();
			assertThat(jdbc.queryForList("SELECT destination_sealed FROM delivery ORDER BY channel DESC", byte[].class))
				.map(sealed -> cipher.open(sealed, SealedColumn.DELIVERY_DESTINATION))
				.containsExactly("+22376000601", null);
			assertThat(cipher.open(jdbc.queryForObject("SELECT destination_sealed FROM contact_challenge", byte[].class),
					SealedColumn.CONTACT_CHALLENGE_DESTINATION)).isEqualTo("maria.lopez@example.org");
			assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = 'subscriber'", String.class))
				.contains("subscriber_by_email_hash", "subscriber_by_phone_hash");
		}
	}

	private static FluentConfiguration flyway(DataSource dataSource) {
		// As the application runs it (application.yml): CREATE INDEX CONCURRENTLY must not wait for Flyway's own lock.
		return Flyway.configure().dataSource(dataSource).configuration(Map.of("flyway.postgresql.transactional.lock",
				"false"));
	}
}
