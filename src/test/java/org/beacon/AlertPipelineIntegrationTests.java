package org.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * The backbone end to end: citizens enroll over HTTP, an officer issues an alert, and it travels through the outbox,
 * Kafka, the fan-out and the workers to Twilio (WireMock behind the real SDK) and an SMTP server (GreenMail).
 */
class AlertPipelineIntegrationTests extends BeaconIntegrationTest {

	static final String BAMAKO_PHONE = "+22376000001";

	static final String MOPTI_PHONE = "+22376000002";

	static final String PARIS_PHONE = "+33612345678";

	@Test
	void regionalAlertReachesExactlyTheCitizenInThatRegion() throws Exception {
		enrollThreeCitizens();

		String alertId = issue(Api.json("countries", List.of("ML"), "regions", List.of("ML-5")), "Curfew in Mopti");
		awaitDelivered(alertId, 2);

		assertThat(TWILIO.messages()).hasSize(1);
		Map<String, String> sms = TWILIO.messagesTo(MOPTI_PHONE).get(0);
		assertThat(sms.get("Body")).contains("Curfew in Mopti").startsWith("U.S. Embassy Bamako:");
		assertThat(sms.get("From")).isEqualTo("+15005550006");

		assertThat(SMTP.getReceivedMessages()).hasSize(1);
		MimeMessage email = emailsTo("mopti@example.org").get(0);
		assertThat(email.getSubject()).isEqualTo("Security Alert: Curfew in Mopti");
		assertThat(GreenMailUtil.getBody(email)).contains("Stay indoors after 8 p.m.").contains("text/html");

		JsonNode progress = api().alert(alertId).body().get("progress");
		assertThat(progress.at("/byChannel/SMS/SENT").asInt()).isEqualTo(1);
		assertThat(progress.at("/byChannel/EMAIL/SENT").asInt()).isEqualTo(1);
		assertThat(progress.get("percentDone").asInt()).isEqualTo(100);
	}

	@Test
	void countryAlertReachesEveryCitizenInTheCountryAndNobodyElsewhere() throws Exception {
		enrollThreeCitizens();

		String alertId = issue(Api.json("countries", List.of("ML")), "Ordered departure of embassy staff");
		awaitDelivered(alertId, 4);

		assertThat(TWILIO.messagesTo(BAMAKO_PHONE)).hasSize(1);
		assertThat(TWILIO.messagesTo(MOPTI_PHONE)).hasSize(1);
		assertThat(TWILIO.messagesTo(PARIS_PHONE)).isEmpty();
		assertThat(emailsTo("bamako@example.org")).hasSize(1);
		assertThat(emailsTo("mopti@example.org")).hasSize(1);
		assertThat(emailsTo("paris@example.org")).isEmpty();
	}

	@Test
	void tripsThatEndedOrHaveNotStartedGetNothing() throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		enroll("resident@example.org", "+22376000010", Api.json("country", "ML"));
		enroll("short-trip@example.org", "+22376000011",
				Api.json("country", "ML", "region", "ML-5", "from", today.toString(), "to", today.plusDays(2).toString()));
		enroll("future-trip@example.org", "+22376000012", Api.json("country", "ML", "from",
				today.plusDays(30).toString(), "to", today.plusDays(40).toString()));

		clock.advance(Duration.ofDays(5));
		String alertId = issue(Api.json("countries", List.of("ML")), "Fuel shortages");
		awaitDelivered(alertId, 2);

		assertThat(TWILIO.messages()).extracting(message -> message.get("To")).containsExactly("+22376000010");
		assertThat(emailsTo("short-trip@example.org")).isEmpty();
		assertThat(emailsTo("future-trip@example.org")).isEmpty();
	}

	@Test
	void sendsOnlyOnTheChannelsBothTheCitizenAndTheAlertChose() throws Exception {
		api().enroll(Api.json("email", "email-only@example.org", "phone", "+22376000020", "channels", List.of("EMAIL"),
				"locations", List.of(Api.json("country", "ML"))));
		enroll("both@example.org", "+22376000021", Api.json("country", "ML"));

		String alertId = issue(Api.json("countries", List.of("ML")), "Road closures", List.of("SMS"));
		awaitDelivered(alertId, 1);

		assertThat(TWILIO.messages()).extracting(message -> message.get("To")).containsExactly("+22376000021");
		assertThat(SMTP.getReceivedMessages()).isEmpty();
	}

	@Test
	void citizenWhoGaveNoRegionHearsOfAlertsForAnyRegionOfTheirCountry() throws Exception {
		enroll("somewhere@example.org", "+22376000030", Api.json("country", "ML"));
		enroll("kayes@example.org", "+22376000031", Api.json("country", "ML", "region", "ML-1"));

		String alertId = issue(Api.json("countries", List.of("ML"), "regions", List.of("ML-5")), "Flooding");
		awaitDelivered(alertId, 2);

		assertThat(emailsTo("somewhere@example.org")).hasSize(1);
		assertThat(emailsTo("kayes@example.org")).isEmpty();
	}

	@Test
	void aCircleReachesCitizensWhosePointIsInsideItAndThoseWhoGaveNoPoint() throws Exception {
		enroll("in-bamako@example.org", "+22376000080", Api.json("country", "ML", "lat", 12.65, "lon", -7.99));
		enroll("in-mopti@example.org", "+22376000081", Api.json("country", "ML", "lat", 14.49, "lon", -4.18));
		enroll("somewhere@example.org", "+22376000082", Api.json("country", "ML", "region", "ML-BKO"));

		String alertId = issue(Api.json("countries", List.of("ML"), "circles",
				List.of(Api.json("lat", 12.6392, "lon", -8.0029, "radiusKm", 30))), "Explosion near the airport",
				List.of("SMS"));
		awaitDelivered(alertId, 2);

		assertThat(TWILIO.messages()).extracting(message -> message.get("To"))
			.containsExactlyInAnyOrder("+22376000080", "+22376000082");
	}

	@Test
	void aPolygonReachesCitizensWhosePointIsInsideIt() throws Exception {
		enroll("in-bamako@example.org", "+22376000083", Api.json("country", "ML", "lat", 12.65, "lon", -7.99));
		enroll("in-mopti@example.org", "+22376000084", Api.json("country", "ML", "lat", 14.49, "lon", -4.18));

		String alertId = issue(Api.json("countries", List.of("ML"), "polygons", List.of(List.of(
				Api.json("lat", 14.0, "lon", -4.8), Api.json("lat", 14.0, "lon", -3.6), Api.json("lat", 15.0, "lon", -3.6),
				Api.json("lat", 15.0, "lon", -4.8)))), "Flooding in Mopti", List.of("SMS"));
		awaitDelivered(alertId, 1);

		assertThat(TWILIO.messages()).extracting(message -> message.get("To")).containsExactly("+22376000084");
	}

	@Test
	void writesEmailInTheCitizensLanguage() throws Exception {
		api().enroll(Api.json("email", "lector@example.org", "locale", "es", "channels", List.of("EMAIL"),
				"locations", List.of(Api.json("country", "ML"))));

		String alertId = issue(Api.json("countries", List.of("ML")), "Curfew", List.of("EMAIL"));
		awaitDelivered(alertId, 1);

		MimeMessage email = emailsTo("lector@example.org").get(0);
		assertThat(email.getSubject()).isEqualTo("Alerta de seguridad: Curfew");
		assertThat(GreenMailUtil.getBody(email)).contains("Grave");
	}

	@Test
	void fansOutAcrossManyPagesExactlyOncePerRecipient() throws Exception {
		// beacon.fanout.page-size=50 in tests: 130 citizens take three pages.
		for (int i = 0; i < 130; i++) {
			enroll("citizen" + i + "@example.org", "+2237610" + String.format("%04d", i),
					Api.json("country", "ML", "region", i % 2 == 0 ? "ML-5" : "ML-BKO"));
		}
		enroll("paris@example.org", PARIS_PHONE, Api.json("country", "FR"));

		String alertId = issue(Api.json("countries", List.of("ML")), "Border closed", List.of("SMS"));
		awaitDelivered(alertId, 130);

		assertThat(TWILIO.messages()).hasSize(130);
		assertThat(TWILIO.messages().stream().map(message -> message.get("To")).distinct()).hasSize(130);
		assertThat(TWILIO.messagesTo(PARIS_PHONE)).isEmpty();
	}

	void enrollThreeCitizens() {
		enroll("bamako@example.org", BAMAKO_PHONE, Api.json("country", "ML", "region", "ML-BKO"));
		enroll("mopti@example.org", MOPTI_PHONE, Api.json("country", "ML", "region", "ML-5"));
		enroll("paris@example.org", PARIS_PHONE, Api.json("country", "FR"));
	}

	void enroll(String email, String phone, Map<String, Object> location) {
		new Pipeline(api()).enroll(email, phone, location);
	}

	String issue(Map<String, Object> area, String title) {
		return issue(area, title, List.of("EMAIL", "SMS"));
	}

	String issue(Map<String, Object> area, String title, List<String> channels) {
		return new Pipeline(api()).issue(area, title, channels);
	}

	/** Waits until the fan-out is complete and every one of the expected deliveries was sent. */
	void awaitDelivered(String alertId, int expected) {
		JsonNode progress = new Pipeline(api()).awaitSettled(alertId, expected);
		assertThat(progress.at("/byChannel/SMS/SENT").asInt() + progress.at("/byChannel/EMAIL/SENT").asInt())
			.isEqualTo(expected);
	}

	static List<MimeMessage> emailsTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(RecipientType.TO))
					.anyMatch(recipient -> recipient.toString().equals(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}
}
