package org.beacon.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.broadcast.store.Alerts;
import org.beacon.broadcast.web.AlertsApiIntegrationTests;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Feeds;
import org.beacon.support.ParisPost;
import org.beacon.support.Pipeline;
import org.beacon.support.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Alerts have a lifetime (effective, expires) and reach citizens arriving before they expire, on the real pipeline:
 * REST API, advisory feed, Kafka, the fan-out, the CAP feed.
 */
class AlertLifetimeIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Alerts alerts;

	static final HttpHeaders OFFICER = Api.staff(Api.OFFICER, Api.PASSWORD);

	Pipeline pipeline;

	LocalDate today;

	@BeforeEach
	void post() {
		ParisPost.withOfficer(jdbc, passwords);
		pipeline = new Pipeline(api());
		today = LocalDate.now(clock);
	}

	@Test
	void aRaiseToLevelFourReachesTheTravellerArrivingNextWeekButNotOneArrivingInTwoMonths() {
		pipeline.enroll("resident@example.org", "+22376000001", Api.json("country", "ML"));
		pipeline.enroll("monday@example.org", "+22376000002",
				Api.json("country", "ML", "from", today.plusDays(5).toString(), "to", today.plusDays(12).toString()));
		pipeline.enroll("later@example.org", "+22376000003",
				Api.json("country", "ML", "from", today.plusDays(60).toString(), "to", today.plusDays(70).toString()));
		feed(2);
		feed(4);

		JsonNode alert = awaitAdvisoryAlert(4);
		pipeline.awaitSettled(alert.get("id").asText(), 4);
		assertThat(TWILIO.messagesTo("+22376000002")).hasSize(1);
		assertThat(TWILIO.messagesTo("+22376000003")).isEmpty();
		assertThat(alert.hasNonNull("expires")).as("in force until the next level change").isFalse();
		assertThat(Instant.parse(alert.get("arrivalsUntil").asText()))
			.isCloseTo(clock.instant().plus(Duration.ofDays(30)), within(Duration.ofMinutes(5)));
		// Counted when stored, and withheld from staff as figures from 1 to 4 are.
		assertThat(alert.at("/reach/withheld").asBoolean()).isTrue();
		assertThat(alert.at("/reach").has("thereNow") && !alert.at("/reach/thereNow").isNull()).isFalse();
		assertThat(jdbc.queryForMap("SELECT audience_now, audience_arriving FROM alert WHERE id = ?::uuid",
				alert.get("id").asText())).containsEntry("audience_now", 2L).containsEntry("audience_arriving", 2L);
	}

	@Test
	void theNextLevelChangeEndsTheCountrysAdvisoryAlert() {
		feed(2);
		feed(3);
		JsonNode level3 = awaitAdvisoryAlert(3);
		feed(4);
		JsonNode level4 = awaitAdvisoryAlert(4);

		JsonNode ended = api().alert(level3.get("id").asText()).body();
		assertThat(Instant.parse(ended.get("expires").asText()))
			.isEqualTo(Instant.parse(level4.get("issuedAt").asText()));
		assertThat(api().alert(level4.get("id").asText()).body().hasNonNull("expires")).isFalse();
	}

	@Test
	void anAlertWithoutExpiryLastsTheDefaultOfItsType() {
		JsonNode demonstration = issued(AlertsApiIntegrationTests.alert());
		JsonNode health = issued(AlertsApiIntegrationTests.alert("type", "HEALTH_ALERT"));

		assertThat(lifetime(demonstration)).isEqualTo(Duration.ofDays(7));
		assertThat(lifetime(health)).isEqualTo(Duration.ofDays(30));
		assertThat(demonstration.get("effective").asText()).isEqualTo(demonstration.get("issuedAt").asText());
	}

	@Test
	void refusesAnExpiryThatIsPastOrBeforeTheAlertApplies() {
		Instant now = clock.instant();
		Problems.assertInvalid(api().issueAlert(AlertsApiIntegrationTests.alert("expires",
				now.minus(Duration.ofHours(1)).toString())), "expires");
		Problems.assertInvalid(api().issueAlert(AlertsApiIntegrationTests.alert("effective",
				now.plus(Duration.ofDays(3)).toString(), "expires", now.plus(Duration.ofDays(2)).toString())), "expires");
		Problems.assertInvalid(api().issueAlert(AlertsApiIntegrationTests.alert("arrivingWithinDays", -1)),
				"arrivingWithinDays");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}

	@Test
	void staffNarrowTheArrivalsToAFewDays() {
		pipeline.enroll("soon@example.org", "+22376000004",
				Api.json("country", "ML", "from", today.plusDays(2).toString()));
		pipeline.enroll("next-week@example.org", "+22376000005",
				Api.json("country", "ML", "from", today.plusDays(6).toString()));

		JsonNode alert = issued(AlertsApiIntegrationTests.alert("arrivingWithinDays", 3));

		pipeline.awaitSettled(alert.get("id").asText(), 2);
		assertThat(TWILIO.messagesTo("+22376000004")).hasSize(1);
		assertThat(TWILIO.messagesTo("+22376000005")).isEmpty();
	}

	@Test
	void theFeedListsAlertsInForceAndCancellationsButNotExpiredAlerts() {
		JsonNode inForce = issued(AlertsApiIntegrationTests.alert("title", "Curfew in Mopti"));
		JsonNode cancelled = issued(AlertsApiIntegrationTests.alert("title", "Road closed"));
		assertThat(api().post("/api/v1/alerts/" + cancelled.get("id").asText() + "/cancel", OFFICER).status())
			.isEqualTo(200);
		issued(AlertsApiIntegrationTests.alert("title", "Short-lived", "expires",
				clock.instant().plus(Duration.ofHours(1)).toString()));
		clock.advance(Duration.ofHours(2));

		String feed = api().getText("/cap/alerts.atom").getBody();
		assertThat(feed).contains("<title>Curfew in Mopti</title>").contains("<title>Cancelled: Road closed</title>")
			.contains(cancelled.get("id").asText() + "/cancel.xml").doesNotContain("Short-lived");
		JsonNode ended = api().alert(cancelled.get("id").asText()).body();
		assertThat(Instant.parse(ended.get("expires").asText())).isBefore(clock.instant());
		assertThat(api().getText("/cap/alerts/" + inForce.get("id").asText() + ".xml").getBody())
			.contains("<effective>").contains("<expires>");
	}

	@Test
	void anUpdateSetsTheNewExpiryAndSupersedesTheAlertItFollows() {
		pipeline.enroll("mali@example.org", "+22376000006", Api.json("country", "ML"));
		JsonNode original = issued(AlertsApiIntegrationTests.alert());
		pipeline.awaitSettled(original.get("id").asText(), 2);
		Instant extended = clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);

		Api.Response update = api().postJson("/api/v1/alerts/" + original.get("id").asText() + "/update",
				Api.json("title", "Demonstration moved to Sunday", "body", "Avoid the area on Sunday.", "expires",
						extended.toString()), OFFICER);

		assertThat(update.status()).as(update.body().toString()).isEqualTo(202);
		assertThat(Instant.parse(update.body().get("expires").asText())).isEqualTo(extended);
		JsonNode superseded = api().alert(original.get("id").asText()).body();
		// As stored: PostgreSQL keeps microseconds, rounded.
		JsonNode stored = api().alert(update.body().get("id").asText()).body();
		assertThat(Instant.parse(superseded.get("expires").asText()))
			.isEqualTo(Instant.parse(stored.get("issuedAt").asText()));
	}

	@Test
	void anAlertThatExpiredBeforeItsFanOutReachesNobody() {
		pipeline.enroll("mali@example.org", "+22376000007", Api.json("country", "ML"));
		Instant issued = clock.instant().minus(Duration.ofHours(2));
		UUID id = UUID.randomUUID();
		// A record that waited in Kafka past its alert's expiry, as after a long outage.
		AlertIssued late = new AlertIssued(id, AlertType.SECURITY_ALERT, Severity.MODERATE, "Road closed",
				"The road to the airport is closed.", "Road closed.", null, List.of("ML"), List.of(), List.of(),
				List.of(), List.of("EMAIL", "SMS"), "embassy-bamako", "U.S. Embassy Bamako", issued, null, null, issued,
				issued.plus(Duration.ofHours(1)), issued.plus(Duration.ofHours(1)));

		transactions.executeWithoutResult(tx -> events.publishEvent(late));

		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
				"SELECT failure FROM fanout_run WHERE alert_id = ? AND failure IS NOT NULL", String.class, id).size() == 1);
		assertThat(jdbc.queryForObject("SELECT failure FROM fanout_run WHERE alert_id = ?", String.class, id))
			.startsWith("The alert expired at");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE alert_id = ?", Long.class, id)).isZero();
	}

	@Test
	void aRecordHandedOutAgainAfterItsAlertExpiredLeavesWhatWasDoneAlone() {
		pipeline.enroll("mali@example.org", "+22376000008", Api.json("country", "ML"));
		JsonNode alert = issued(AlertsApiIntegrationTests.alert("expires",
				clock.instant().plus(Duration.ofHours(1)).toString()));
		UUID id = UUID.fromString(alert.get("id").asText());
		pipeline.awaitSettled(id.toString(), 2);
		clock.advance(Duration.ofHours(2));

		transactions.executeWithoutResult(tx -> events.publishEvent(alerts.find(id).orElseThrow().issued("U.S. Embassy")));
		awaitPipelineIdle();

		JsonNode progress = api().alert(id.toString()).body().get("progress");
		assertThat(progress.get("fanOut").asText()).isEqualTo("COMPLETE");
		assertThat(jdbc.queryForObject("SELECT failure FROM fanout_run WHERE alert_id = ?", String.class, id)).isNull();
	}

	@Test
	void aCapAlertImportedKeepsItsEffectiveAndExpiresTimes() {
		JsonNode exported = issued(AlertsApiIntegrationTests.alert("expires",
				clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS).toString()));
		String cap = api().getText("/cap/alerts/" + exported.get("id").asText() + ".xml").getBody();

		Api.Response imported = api().postText("/api/v1/alerts/cap", cap,
				MediaType.parseMediaType("application/cap+xml"), OFFICER);

		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(202);
		assertThat(Instant.parse(imported.body().get("expires").asText()))
			.isEqualTo(Instant.parse(exported.get("expires").asText()));
		assertThat(Instant.parse(imported.body().get("effective").asText()))
			.isEqualTo(Instant.parse(exported.get("effective").asText()).truncatedTo(ChronoUnit.SECONDS));

		clock.advance(Duration.ofDays(4));
		Problems.assertInvalid(api().postText("/api/v1/alerts/cap", cap,
				MediaType.parseMediaType("application/cap+xml"), OFFICER), "info.expires");
	}

	private void feed(int level) {
		Api.Response response = api().postFeed(Feeds.rss(Feeds.mali(level, "<p>" + Feeds.wording(level) + "</p>")));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
	}

	private JsonNode awaitAdvisoryAlert(int level) {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"SELECT count(*) FROM alert WHERE advisory_level = ? AND status = 'ISSUED'", Long.class, level) == 1);
		String id = jdbc.queryForObject("SELECT id::text FROM alert WHERE advisory_level = ? AND status = 'ISSUED'",
				String.class, level);
		return api().alert(id).body();
	}

	private JsonNode issued(Map<String, Object> request) {
		Api.Response response = api().issueAlert(request);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
		return response.body();
	}

	private static Duration lifetime(JsonNode alert) {
		return Duration.between(Instant.parse(alert.get("effective").asText()),
				Instant.parse(alert.get("expires").asText()));
	}

	private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
		return org.assertj.core.api.Assertions.within(duration.toSeconds(), ChronoUnit.SECONDS);
	}
}
