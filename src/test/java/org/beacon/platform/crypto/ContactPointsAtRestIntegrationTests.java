package org.beacon.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.beacon.subscribers.ContactPointCountries;
import org.beacon.subscribers.NumberHolders;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Citizens' contact points in PostgreSQL: sealed, found by their lookup hashes, sealed again after a rotation. */
class ContactPointsAtRestIntegrationTests extends BeaconIntegrationTest {

	static final String EMAIL = "maria.lopez@example.org";

	static final String PHONE = "+22376000501";

	static final String CONTACT = "+22376000502";

	@Autowired
	NumberHolders numberHolders;

	@Autowired
	ContactPointCountries countries;

	@Test
	void noRowOfTheCitizensOrTheLedgerHoldsAContactPointInClear() {
		String id = enrollAndAlert();

		for (String table : List.of("subscriber", "delivery", "contact_challenge")) {
			List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table);
			assertThat(rows).as(table).isNotEmpty();
			for (Map<String, Object> row : rows) {
				row.forEach((column, value) -> assertThat(text(value)).as(table + "." + column)
					.doesNotContain(EMAIL, "maria.lopez", PHONE, PHONE.substring(1), CONTACT, CONTACT.substring(1)));
			}
		}
		Map<String, Object> subscriber = jdbc.queryForMap("SELECT * FROM subscriber WHERE id = ?::uuid", id);
		assertThat(cipher.open((byte[]) subscriber.get("email_sealed"), SealedColumn.SUBSCRIBER_EMAIL)).isEqualTo(EMAIL);
		assertThat(cipher.open((byte[]) subscriber.get("phone_sealed"), SealedColumn.SUBSCRIBER_PHONE)).isEqualTo(PHONE);
		assertThat(cipher.open((byte[]) subscriber.get("emergency_contact_phone_sealed"),
				SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE)).isEqualTo(CONTACT);
		assertThat(TWILIO.messagesTo(PHONE)).as("the alert reached the number").isNotEmpty();
	}

	@Test
	void citizensAreFoundByTheirNumberAndAddress() {
		String id = enrollAndAlert();

		assertThat(numberHolders.of(List.of(PHONE, "+22376000999")))
			.containsOnlyKeys(PHONE)
			.hasEntrySatisfying(PHONE, holders -> assertThat(holders).singleElement()
				.satisfies(holder -> assertThat(holder.subscriberId()).hasToString(id)));
		assertThat(countries.of(List.of("Maria.Lopez@Example.org", PHONE, "nobody@example.org")))
			.containsEntry("Maria.Lopez@Example.org", java.util.Set.of("ML"))
			.containsEntry(PHONE, java.util.Set.of("ML"))
			.containsEntry("nobody@example.org", java.util.Set.of());
	}

	@Test
	void afterARotationOldRowsAreReadAndSealedAgainWithTheNewKey() {
		enrollAndAlert();
		SecretKeySpec newKey = new SecretKeySpec(HexFormat.of().parseHex("00112233445566778899aabbccddeeff"
				+ "00112233445566778899aabbccddeeff"), "AES");
		ContactPointCipher rotated = cipher.rotatedTo("rotated-1", newKey);
		ContactPointResealing resealing = new ContactPointResealing(JdbcClient.create(jdbc), rotated, 1);
		try {
			byte[] before = jdbc.queryForObject("SELECT phone_sealed FROM subscriber", byte[].class);
			assertThat(rotated.open(before, SealedColumn.SUBSCRIBER_PHONE)).as("an old row, read after the rotation")
				.isEqualTo(PHONE);

			// Email, phone and emergency contact of the citizen, the alert's email and SMS in the ledger, and where
			// the citizen's verification challenges went.
			long challenges = jdbc.queryForObject("SELECT count(*) FROM contact_challenge", Long.class);
			assertThat(challenges).isPositive();
			assertThat(resealing.resealAll()).isEqualTo(5 + challenges);

			ContactPointCipher newKeyOnly = new ContactPointCipher("rotated-1", Map.of("rotated-1", newKey),
					new SecretKeySpec(new byte[32], "HmacSHA256"));
			Map<String, Object> subscriber = jdbc.queryForMap("SELECT * FROM subscriber");
			assertThat(newKeyOnly.open((byte[]) subscriber.get("email_sealed"), SealedColumn.SUBSCRIBER_EMAIL))
				.isEqualTo(EMAIL);
			assertThat(newKeyOnly.open((byte[]) subscriber.get("emergency_contact_phone_sealed"),
					SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE)).isEqualTo(CONTACT);
			assertThat(jdbc.queryForList("SELECT destination_sealed FROM delivery ORDER BY channel", byte[].class))
				.map(sealed -> newKeyOnly.open(sealed, SealedColumn.DELIVERY_DESTINATION))
				.containsExactly(EMAIL, PHONE);
			assertThat(jdbc.queryForList("SELECT destination_sealed FROM contact_challenge", byte[].class))
				.map(sealed -> newKeyOnly.open(sealed, SealedColumn.CONTACT_CHALLENGE_DESTINATION))
				.isSubsetOf(EMAIL, PHONE);
			assertThat(resealing.resealAll()).as("nothing left to seal again").isZero();
			assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE phone_hash = ?", Long.class,
					(Object) rotated.phoneLookup(PHONE))).as("lookups unchanged").isEqualTo(1);
		}
		finally {
			// Rows of a key the application does not hold: gone before anything else reads them.
			jdbc.execute("TRUNCATE subscriber, subscriber_location, delivery, contact_challenge CASCADE");
		}
	}

	private String enrollAndAlert() {
		Api.Response enrolled = api().enroll(Api.json("email", EMAIL, "phone", PHONE, "channels",
				List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML")), "emergencyContact",
				Api.json("name", "Jose Lopez", "phone", CONTACT, "tellWhenSafe", true)));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
		Pipeline pipeline = new Pipeline(api());
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("EMAIL", "SMS")),
				2);
		return enrolled.body().get("id").asText();
	}

	private static String text(Object value) {
		return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
	}
}
