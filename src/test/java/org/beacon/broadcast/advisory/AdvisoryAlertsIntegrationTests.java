package org.beacon.broadcast.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.beacon.platform.Topics;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Feeds;
import org.beacon.support.Mails;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Advisory changes become alerts without anyone typing them: through Kafka, the policy, and the real pipeline to
 * WireMock's Twilio and GreenMail.
 */
class AdvisoryAlertsIntegrationTests extends BeaconIntegrationTest {

	static final String MALI_PHONE = "+22376000070";

	Pipeline pipeline;

	@Autowired
	KafkaTemplate<Object, Object> kafka;

	@BeforeEach
	void citizenInMali() {
		pipeline = new Pipeline(api());
		pipeline.enroll("mali@example.org", MALI_PHONE, Api.json("country", "ML", "region", "ML-BKO"));
		pipeline.enroll("paris@example.org", "+33612345678", Api.json("country", "FR"));
	}

	@Test
	void aRaiseToLevelFourReachesEveryCitizenInTheCountryAtOnce() throws Exception {
		feed(3, "<p>Reconsider travel to Mali due to crime.</p>");
		feed(4, "<p>Do not travel to Mali due to crime, terrorism, and kidnapping.</p>");

		JsonNode alert = awaitAlert("ISSUED");
		assertThat(alert.get("type").asText()).isEqualTo("TRAVEL_ADVISORY");
		assertThat(alert.get("severity").asText()).isEqualTo("EXTREME");
		assertThat(alert.get("origin").asText()).isEqualTo("ADVISORY_FEED");
		assertThat(alert.get("title").asText()).isEqualTo("Mali travel advisory raised to Level 4: Do Not Travel");
		assertThat(alert.get("smsSegments").asInt()).isLessThanOrEqualTo(2);
		pipeline.awaitSettled(alert.get("id").asText(), 2);

		Map<String, String> sms = TWILIO.messagesTo(MALI_PHONE).get(0);
		assertThat(sms.get("Body")).contains("Level 4").contains("+223 20 70 23 00");
		assertThat(TWILIO.messages()).hasSize(1);
		assertThat(SMTP.getReceivedMessages()).hasSize(1);
		assertThat(SMTP.getReceivedMessages()[0].getSubject()).contains("Mali travel advisory raised to Level 4");
		assertThat(Mails.text(SMTP.getReceivedMessages()[0])).contains("+223 66 75 28 60")
			.contains("from Level 3 to Level 4").contains("Do not travel to Mali due to crime, terrorism, and kidnapping.");
	}

	@Test
	void aOneDayFlipFromFourToOneAndBackSendsNothingAndWithdrawsTheHeldAlert() throws Exception {
		feed(4, "<p>Do not travel to Mali due to terrorism.</p>");
		feed(1, "<p>Exercise normal precautions in Mali.</p>");
		JsonNode held = awaitAlert("PENDING_REVIEW");
		assertThat(held.at("/advisory/reviewReason").asText()).contains("lowered from 4 to 1");

		feed(4, "<p>Do not travel to Mali due to terrorism.</p>");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(alert(held.get("id").asText())
			.get("status").asText()).isEqualTo("WITHDRAWN"));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isEqualTo(1);
		assertThat(TWILIO.messages()).isEmpty();
		assertThat(SMTP.getReceivedMessages()).isEmpty();
	}

	@Test
	void aHeldLoweringIsSentOnlyWhenStaffApproveIt() throws Exception {
		feed(4, "<p>Do not travel to Mali due to terrorism.</p>");
		feed(3, "<p>Reconsider travel to Mali due to terrorism.</p>");
		String id = awaitAlert("PENDING_REVIEW").get("id").asText();
		assertThat(TWILIO.messages()).isEmpty();

		assertThat(api().post("/api/v1/alerts/" + id + "/approve", Api.staff(Api.OFFICER, Api.PASSWORD)).status())
			.isEqualTo(403);
		Api.Response approved = api().post("/api/v1/alerts/" + id + "/approve", Api.staff(Api.ADMIN, Api.PASSWORD));
		assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
		assertThat(approved.body().get("status").asText()).isEqualTo("ISSUED");

		pipeline.awaitSettled(id, 2);
		assertThat(TWILIO.messagesTo(MALI_PHONE).get(0).get("Body")).contains("lowered to Level 3");
		assertThat(api().post("/api/v1/alerts/" + id + "/discard", Api.staff(Api.ADMIN, Api.PASSWORD)).status())
			.isEqualTo(409);
	}

	@Test
	void aDiscardedHeldAlertIsNeverSent() throws Exception {
		feed(4, "<p>Do not travel to Mali due to terrorism.</p>");
		feed(2, "<p>Exercise increased caution in Mali.</p>");
		String id = awaitAlert("PENDING_REVIEW").get("id").asText();

		Api.Response discarded = api().post("/api/v1/alerts/" + id + "/discard", Api.staff(Api.ADMIN, Api.PASSWORD));

		assertThat(discarded.body().get("status").asText()).isEqualTo("DISCARDED");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
				Long.class, "%" + id + "%")).as("no AlertIssued was published").isZero();
	}

	@Test
	void aGlitchWithANewerDateIsStillWithdrawnWhenTheFeedReverts() throws Exception {
		String level4 = Feeds.rss(Feeds.item("ML", "Mali", 4, Feeds.wording(4), "<p>Do not travel to Mali.</p>",
				"Thu, 31 Jul 2025 00:00:00 -0400"));
		api().postFeed(level4);
		api().postFeed(Feeds.rss(Feeds.item("ML", "Mali", 1, Feeds.wording(1), "<p>Exercise normal precautions.</p>",
				"Mon, 01 Dec 2025 00:00:00 -0500")));
		String held = awaitAlert("PENDING_REVIEW").get("id").asText();

		JsonNode report = api().postFeed(level4).body();

		assertThat(report.get("staleCopies").asInt()).as("a return from a suspect lowering is no stale copy").isZero();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(
				() -> assertThat(alert(held).get("status").asText()).isEqualTo("WITHDRAWN"));
		assertThat(api().get("/api/v1/advisories/ML", new HttpHeaders()).body().at("/current/level").asInt())
			.isEqualTo(4);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isEqualTo(1);
		assertThat(TWILIO.messages()).isEmpty();
	}

	@Test
	void afterADiscardedGlitchChangesAreJudgedAgainstWhatCitizensWereTold() throws Exception {
		feed(4, "<p>Do not travel to Mali due to terrorism.</p>");
		feed(1, "<p>Exercise normal precautions in Mali.</p>");
		String glitch = awaitAlert("PENDING_REVIEW").get("id").asText();
		api().post("/api/v1/alerts/" + glitch + "/discard", Api.staff(Api.ADMIN, Api.PASSWORD));

		feed(2, "<p>Exercise increased caution in Mali.</p>");

		JsonNode held = awaitAlert("PENDING_REVIEW");
		assertThat(held.at("/advisory/previousLevel").asInt()).as("judged from Level 4, not from the glitch")
			.isEqualTo(4);
		assertThat(held.get("title").asText()).contains("lowered to Level 2");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert WHERE status = 'ISSUED'", Long.class)).isZero();
	}

	@Test
	void aGlitchThatDropsAnOrderedDepartureSendsNothingWhenTheFeedReverts() throws Exception {
		String departure = "<p>Do not travel to Mali due to terrorism.</p><p>The Department of State ordered the "
				+ "departure of non-emergency U.S. government employees.</p>";
		feed(4, departure);
		feed(1, "<p>Exercise normal precautions in Mali.</p>");
		String held = awaitAlert("PENDING_REVIEW").get("id").asText();

		feed(4, departure);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(
				() -> assertThat(alert(held).get("status").asText()).isEqualTo("WITHDRAWN"));
		awaitJudged(2);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isEqualTo(1);
		assertThat(TWILIO.messages()).isEmpty();
	}

	@Test
	void aRedeliveredChangeIsNotAnsweredTwice() throws Exception {
		feed(3, "<p>Reconsider travel to Mali due to crime.</p>");
		feed(4, "<p>Do not travel to Mali due to crime.</p>");
		awaitAlert("ISSUED");
		byte[] change = jdbc.queryForObject(
				"SELECT serialized_event FROM event_publication WHERE event_type LIKE '%AdvisoryChanged'", String.class)
			.getBytes(StandardCharsets.UTF_8);

		kafka.send(Topics.ADVISORY_CHANGES, "ML", change).get();
		kafka.send(Topics.ADVISORY_CHANGES, "ML", change).get();
		// A later change of the same advisory, on the same partition, is judged after the duplicates.
		feed(3, "<p>Reconsider travel to Mali due to crime.</p>");
		awaitAlert("PENDING_REVIEW");

		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert WHERE status = 'ISSUED'", Long.class)).isEqualTo(1);
	}

	@Test
	void anOrderedDepartureIsIssuedAtOnce() throws Exception {
		feed(4, "<p>Do not travel to Mali due to terrorism.</p>");
		feed(4, "<p>Do not travel to Mali due to terrorism.</p><p>The Department of State ordered the departure of "
				+ "non-emergency U.S. government employees and family members from Bamako.</p>");

		JsonNode alert = awaitAlert("ISSUED");
		assertThat(alert.get("title").asText()).isEqualTo("Mali: ordered departure of U.S. government personnel");
		assertThat(alert.at("/spanish/smsText").asText()).contains("EE. UU. Emergencias:").doesNotContain("..");
		assertThat(alert.get("body").asText())
			.contains("ordered the departure of non-emergency U.S. government employees and family members");
		pipeline.awaitSettled(alert.get("id").asText(), 2);
	}

	@Test
	void aChangeOfWordingAloneSendsNothing() throws Exception {
		feed(4, "<p>Do not travel to Mali due to terrorism.</p>");
		feed(4, "<p>Do not travel to Mali due to terrorism. Updated to reflect information on health care.</p>");

		awaitJudged(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert WHERE advisory_country = 'ML'", Long.class)).isZero();
	}

	@Test
	void writesToSpanishReadersInSpanish() throws Exception {
		api().enroll(Api.json("email", "lectora@example.org", "locale", "es", "channels", List.of("EMAIL"),
				"locations", List.of(Api.json("country", "ML"))));
		feed(3, "<p>Reconsider travel to Mali due to crime.</p>");
		feed(4, "<p>Do not travel to Mali due to crime.</p>");

		pipeline.awaitSettled(awaitAlert("ISSUED").get("id").asText(), 3);
		assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages()).map(message -> {
			try {
				return message.getSubject();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).contains("Aviso de viaje: Aviso de viaje para Mali elevado al Nivel 4: No viaje");
	}

	void feed(int level, String html) {
		Api.Response response = api().postFeed(Feeds.rss(Feeds.mali(level, html)));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
	}

	/** Waits until the alerts feature has judged the Mali change found by the n-th ingest of the test (from 0). */
	void awaitJudged(int ingest) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM advisory_announcement a WHERE a.country = 'ML' AND a.last_changed_at >= "
						+ "(SELECT received_at FROM advisory_ingest ORDER BY id LIMIT 1 OFFSET ?)",
				Long.class, ingest)).isEqualTo(1));
	}

	JsonNode awaitAlert(String status) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM alert WHERE status = ?", Long.class, status)).isPositive());
		String id = jdbc.queryForObject("SELECT id::text FROM alert WHERE status = ? ORDER BY issued_at DESC LIMIT 1",
				String.class, status);
		return alert(id);
	}

	JsonNode alert(String id) {
		return api().get("/api/v1/alerts/" + id, Api.staff(Api.ADMIN, Api.PASSWORD)).body();
	}
}
