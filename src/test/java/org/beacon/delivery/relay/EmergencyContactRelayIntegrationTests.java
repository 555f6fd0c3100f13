package org.beacon.delivery.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.checkins.CheckInIntegrationTest;
import org.beacon.platform.SealedColumn;
import org.beacon.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A citizen who consents has their emergency contact texted once when they answer a check-in "safe": through the
 * real pipeline (a signed Twilio reply, the outbox, Kafka, the SMS port against the Twilio stub).
 */
class EmergencyContactRelayIntegrationTests extends CheckInIntegrationTest {

	static final String PHONE = "+22376000200";

	static final String CONTACT = "+22376000301";

	@Test
	void aSafeAnswerTextsTheConsentingCitizensContactOnceNamingTheTimeAndCountry() {
		enroll("en", Api.json("name", "Ana López (sister)", "phone", "+223 76 00 03 01", "tellWhenSafe", true));
		String id = checkInSentTo(1);

		checkIns.text(PHONE, "1");
		awaitPipelineIdle();
		checkIns.text(PHONE, "1");
		awaitPipelineIdle();

		assertThat(TWILIO.messagesTo(CONTACT)).singleElement()
			.satisfies(sms -> assertThat(sms.get("Body")).isEqualTo("Beacon: A U.S. citizen who named you as their "
					+ "emergency contact marked themselves safe at " + firstAnswerTime() + " UTC in Beacon's check-in "
					+ "for Mali."));
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT channel, destination_sealed, status FROM delivery WHERE alert_id = ?",
				EmergencyContactRelay.relayId(UUID.fromString(id)));
		assertThat(row).containsEntry("channel", "SMS").containsEntry("status", "SENT");
		assertThat(cipher.open((byte[]) row.get("destination_sealed"), SealedColumn.DELIVERY_DESTINATION))
			.isEqualTo(CONTACT);
	}

	@Test
	void aSpanishCitizensContactIsToldInSpanish() {
		enroll("es", Api.json("phone", CONTACT, "tellWhenSafe", true));
		checkInSentTo(1);

		checkIns.text(PHONE, "1");
		awaitPipelineIdle();

		assertThat(TWILIO.messagesTo(CONTACT)).singleElement()
			.satisfies(sms -> assertThat(sms.get("Body")).contains("está a salvo a las " + firstAnswerTime() + " UTC")
				// The country as the JDK names it in Spanish: "Mali" in its CLDR data, "Malí" in some.
				.containsPattern("sobre Mal[ií]\\.$"));
	}

	@Test
	void withoutConsentTheContactIsNotTold() {
		enroll("en", Api.json("name", "Ana López (sister)", "phone", CONTACT));
		checkInSentTo(1);

		checkIns.text(PHONE, "1");
		awaitPipelineIdle();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM safety_report WHERE answer = 'SAFE'", Integer.class))
			.isEqualTo(1);
		assertThat(TWILIO.messagesTo(CONTACT)).isEmpty();
	}

	@Test
	void aCitizenWhoNeedsHelpIsNeverRelayedEvenWithConsent() {
		enroll("en", Api.json("phone", CONTACT, "tellWhenSafe", true));
		checkInSentTo(1);

		checkIns.text(PHONE, "2 broken leg, at the Laico hotel");
		awaitPipelineIdle();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM safety_report WHERE answer = 'NEED_HELP'", Integer.class))
			.isEqualTo(1);
		assertThat(TWILIO.messagesTo(CONTACT)).isEmpty();
		assertThat(jdbc.queryForList("SELECT destination_sealed FROM delivery", byte[].class))
			.noneMatch(sealed -> CONTACT.equals(cipher.open(sealed, SealedColumn.DELIVERY_DESTINATION)));
	}

	private void enroll(String locale, Map<String, Object> emergencyContact) {
		Api.Response response = api().enroll(Api.json("email", "citizen@example.org", "phone", PHONE, "locale", locale,
				"channels", List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML")),
				"emergencyContact", emergencyContact));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
	}

	private String checkInSentTo(int recipients) {
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, recipients);
		return id;
	}

	/** The time of the citizen's first answer, as the message gives it. */
	private String firstAnswerTime() {
		Timestamp answered = jdbc.queryForObject("SELECT min(answered_at) FROM safety_report", Timestamp.class);
		return DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(answered.toInstant());
	}
}
