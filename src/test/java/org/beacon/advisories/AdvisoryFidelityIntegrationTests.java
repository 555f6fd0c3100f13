package org.beacon.advisories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Feeds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import io.micrometer.core.instrument.MeterRegistry;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The feed as it really behaves: a CDN that serves an older copy of an item one day and the current one the next,
 * items missing for a day, names that disagree with tags. Measured on a year of snapshots, most level-change alerts
 * a naive poller would send are such artefacts.
 */
class AdvisoryFidelityIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	MeterRegistry meters;

	static final String LEVEL_2_OLD = rwanda(2, "Exercise increased caution in Rwanda due to crime.", "Mon, 11 May 2026");

	static final String LEVEL_3_NEW = rwanda(3, "Reconsider travel to Rwanda due to armed conflict.", "Sun, 17 May 2026");

	static String rwanda(int level, String text, String date) {
		return Feeds.rss(Feeds.item("RW", "Rwanda", level, Feeds.wording(level), "<p>" + text + "</p>", date));
	}

	@Test
	void aCountryAlternatingBetweenTwoCachedVersionsYieldsOneEventAndOneAlert() {
		api().enroll(Api.json("email", "kigali@example.org", "channels", List.of("EMAIL"), "locations",
				List.of(Api.json("country", "RW"))));

		List<JsonNode> reports = List.of(ingest(LEVEL_2_OLD), ingest(LEVEL_3_NEW), ingest(LEVEL_2_OLD),
				ingest(LEVEL_3_NEW), ingest(LEVEL_2_OLD), ingest(LEVEL_3_NEW));

		assertThat(reports).extracting(report -> report.get("eventsEmitted").asInt()).containsExactly(0, 1, 0, 0, 0, 0);
		assertThat(reports).extracting(report -> report.get("staleCopies").asInt()).containsExactly(0, 0, 1, 0, 1, 0);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				jdbc.queryForObject("SELECT count(*) FROM alert WHERE advisory_country = 'RW'", Long.class)).isEqualTo(1));
		JsonNode rwanda = api().get("/api/v1/advisories/RW", new HttpHeaders()).body();
		assertThat(rwanda.at("/current/level").asInt()).isEqualTo(3);
		assertThat(rwanda.get("history")).hasSize(2);
	}

	@Test
	void aGenuinelyNewVersionWithAnOlderDateStillCounts() {
		ingest(LEVEL_3_NEW);
		JsonNode report = ingest(rwanda(4, "Do not travel to Rwanda due to armed conflict.", "Fri, 01 May 2026"));

		assertThat(report.get("eventsEmitted").asInt()).isEqualTo(1);
		assertThat(report.get("staleCopies").asInt()).isZero();
	}

	@Test
	void anAdvisoryMissingForADayIsKeptAndOneMissingForAWeekIsWithdrawnWithoutAlert() {
		ingest(Feeds.rss(Feeds.mali(4, "<p>Do not travel.</p>"), Feeds.item("GM", "Germany", 2, Feeds.wording(2),
				"<p>Caution.</p>")));
		String germanyOnly = Feeds.rss(Feeds.item("GM", "Germany", 2, Feeds.wording(2), "<p>Caution.</p>"));

		clock.advance(Duration.ofDays(1));
		assertThat(complete(germanyOnly).get("countriesWithdrawn").asInt()).isZero();
		assertThat(api().get("/api/v1/advisories/ML", new HttpHeaders()).body().at("/current/withdrawnAt").isMissingNode())
			.isTrue();

		clock.advance(Duration.ofDays(7));
		assertThat(ingest(germanyOnly).get("countriesWithdrawn").asInt())
			.as("a partial copy posted by hand says nothing of the countries it leaves out").isZero();
		assertThat(complete(germanyOnly).get("countriesWithdrawn").asInt()).isEqualTo(1);
		JsonNode mali = api().get("/api/v1/advisories/ML", new HttpHeaders()).body();
		assertThat(mali.at("/current/level").asInt()).isEqualTo(4);
		assertThat(mali.at("/current/withdrawnAt").isMissingNode()).isFalse();

		ingest(Feeds.rss(Feeds.mali(4, "<p>Do not travel.</p>")));
		assertThat(api().get("/api/v1/advisories/ML", new HttpHeaders()).body().at("/current/withdrawnAt").isMissingNode())
			.isTrue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}

	@Test
	void takesAnItemByItsTagAndReportsANameThatDisagrees() {
		JsonNode report = ingest(Feeds.rss(Feeds.item("GM", "Austria", 2, Feeds.wording(2), "<p>Caution.</p>"),
				Feeds.item("BM", "Burma (Myanmar)", 4, Feeds.wording(4), "<p>Do not travel.</p>"),
				Feeds.item("IV", "Côte d'Ivoire", 2, Feeds.wording(2), "<p>Caution.</p>")));

		assertThat(report.get("nameMismatches")).hasSize(1);
		assertThat(report.at("/nameMismatches/0/item").asText()).isEqualTo("Austria");
		assertThat(api().get("/api/v1/advisories/DE", new HttpHeaders()).status()).isEqualTo(200);
	}

	@Test
	void theStoredReportCountsWhatTheAlertsMadeOfTheIngest() {
		ingest(Feeds.rss(Feeds.mali(4, "<p>Do not travel.</p>"), Feeds.item("FR", "France", 2, Feeds.wording(2),
				"<p>Caution.</p>")));
		ingest(Feeds.rss(Feeds.mali(1, "<p>Normal precautions.</p>"), Feeds.item("FR", "France", 3,
				Feeds.wording(3), "<p>Reconsider.</p>"), Feeds.item("QQ", "Atlantis", 2, Feeds.wording(2), "<p>?</p>")));
		ingest(Feeds.rss(Feeds.mali(4, "<p>Do not travel.</p>")));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode reports = api().get("/api/v1/advisories/ingests", Api.staff(Api.ADMIN, Api.PASSWORD)).body();
			JsonNode flip = reports.get(1);
			assertThat(flip.get("itemsRead").asInt()).isEqualTo(3);
			assertThat(flip.get("countriesChanged").asInt()).isEqualTo(2);
			assertThat(flip.get("alertsIssued").asInt()).isEqualTo(1);
			assertThat(flip.get("alertsHeld").asInt()).isEqualTo(1);
			assertThat(flip.get("rejected")).hasSize(1);
			assertThat(reports.get(0).get("heldAlertsWithdrawn").asInt()).isEqualTo(1);
			assertThat(reports.get(0).get("alertsIssued").asInt()).isZero();
		});
		assertThat(api().get("/api/v1/advisories/ingests", Api.staff(Api.OFFICER, Api.PASSWORD)).status())
			.isEqualTo(403);
		assertThat(meters.counter("beacon.advisories.ingest.items", "outcome", "rejected").count()).isPositive();
		assertThat(meters.counter("beacon.advisories.alerts", "outcome", "held").count()).isPositive();
	}

	@Test
	void aSecondItemForTheSameCountryInOneFeedIsReportedAndSkipped() {
		JsonNode report = ingest(Feeds.rss(Feeds.mali(4, "<p>Do not travel.</p>"), Feeds.mali(1, "<p>Relax.</p>")));

		assertThat(report.at("/rejected/0/reason").asText()).contains("second item for ML");
		assertThat(api().get("/api/v1/advisories/ML", new HttpHeaders()).body().at("/current/level").asInt())
			.isEqualTo(4);
	}

	@Test
	void aNameOfAnotherCountryUnderATagIsReported() {
		JsonNode report = ingest(Feeds.rss(Feeds.item("NG", "Nigeria", 3, Feeds.wording(3), "<p>x</p>"),
				Feeds.item("GV", "Guinea-Bissau", 3, Feeds.wording(3), "<p>x</p>"),
				Feeds.item("NI", "Nigeria", 3, Feeds.wording(3), "<p>x</p>")));

		assertThat(report.get("nameMismatches").findValuesAsText("item")).containsExactlyInAnyOrder("Nigeria",
				"Guinea-Bissau");
	}

	JsonNode complete(String feed) {
		Api.Response response = api().postCompleteFeed(feed);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	JsonNode ingest(String feed) {
		Api.Response response = api().postFeed(feed);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}
}
