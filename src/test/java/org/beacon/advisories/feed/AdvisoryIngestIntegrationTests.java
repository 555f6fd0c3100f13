package org.beacon.advisories.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Feeds;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;

class AdvisoryIngestIntegrationTests extends BeaconIntegrationTest {

	static final String FEED = Feeds.rss(
			Feeds.mali(4, "<p>Do not travel to Mali due to crime, terrorism, and kidnapping.</p>"),
			Feeds.item("GM", "Germany", 2, Feeds.wording(2), "<p>Exercise increased caution in Germany due to terrorism.</p>"),
			Feeds.item("PU", "Guinea-Bissau", 3, Feeds.wording(3), "<p>Reconsider travel.</p>"),
			Feeds.item("QQ", "Atlantis", 2, Feeds.wording(2), "<p>?</p>"),
			"""
					    <item>
					      <title>Worldwide Caution</title>
					      <link>https://travel.state.gov/wwc</link>
					      <description>&lt;p&gt;Exercise increased caution abroad.&lt;/p&gt;</description>
					    </item>""");

	@Test
	void ingestsAFeedAndReportsWhatItFound() {
		Api.Response response = api().postFeed(FEED);

		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		JsonNode report = response.body();
		assertThat(report.get("itemsRead").asInt()).isEqualTo(5);
		assertThat(report.get("countriesNew").asInt()).isEqualTo(3);
		assertThat(report.get("eventsEmitted").asInt()).isZero();
		assertThat(report.get("notices").asInt()).isEqualTo(1);
		assertThat(report.at("/rejected/0/reason").asText()).contains("QQ");

		JsonNode germany = api().get("/api/v1/advisories/DE", new HttpHeaders()).body();
		assertThat(germany.at("/current/level").asInt()).isEqualTo(2);
		assertThat(germany.at("/current/name").asText()).isEqualTo("Germany");
		assertThat(api().get("/api/v1/advisories/gw", new HttpHeaders()).body().at("/current/name").asText())
			.isEqualTo("Guinea-Bissau");
		assertThat(api().get("/api/v1/advisories", new HttpHeaders()).body()).hasSize(3);
		assertThat(api().get("/api/v1/advisories/notices", new HttpHeaders()).body().at("/0/title").asText())
			.isEqualTo("Worldwide Caution");
	}

	@Test
	void theSameFeedTwiceChangesNothing() {
		api().postFeed(FEED);
		JsonNode second = api().postFeed(FEED).body();

		assertThat(second.get("countriesNew").asInt()).isZero();
		assertThat(second.get("countriesChanged").asInt()).isZero();
		assertThat(second.get("eventsEmitted").asInt()).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM advisory_version", Long.class)).isEqualTo(3);
	}

	@Test
	void aChangedAdvisoryBecomesCurrentAndJoinsTheHistory() {
		api().postFeed(Feeds.rss(Feeds.mali(3, "<p>Reconsider travel to Mali due to crime.</p>")));
		JsonNode report = api().postFeed(Feeds.rss(Feeds.mali(4, "<p>Do not travel to Mali due to crime.</p>"))).body();

		assertThat(report.get("countriesChanged").asInt()).isEqualTo(1);
		assertThat(report.get("eventsEmitted").asInt()).isEqualTo(1);
		JsonNode mali = api().get("/api/v1/advisories/ML", new HttpHeaders()).body();
		assertThat(mali.at("/current/level").asInt()).isEqualTo(4);
		assertThat(mali.get("history")).hasSize(2);
		assertThat(mali.at("/history/1/level").asInt()).isEqualTo(3);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM event_publication WHERE event_type LIKE '%AdvisoryChanged'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void acceptsTheJsonForm() {
		Api.Response response = api().postFeed("""
				[{"Title": "Mali - Level 4: Do Not Travel", "Link": "https://travel.state.gov/ml", "Category": ["ML"],
				  "Summary": "<p>Do not travel to Mali due to terrorism.</p>", "id": "ml",
				  "Published": "2025-07-31T00:00:00-04:00", "Updated": "2025-07-31T00:00:00-04:00"}]""");
		assertThat(response.status()).isEqualTo(200);
		assertThat(api().get("/api/v1/advisories/ML", new HttpHeaders()).body().at("/current/levelText").asText())
			.isEqualTo("Do Not Travel");
	}

	@Test
	void aFeedLinkThatIsNotHttpsIsDroppedAtIngestAndCounted() {
		JsonNode rss = api().postFeed(Feeds.rss(
				Feeds.linked(Feeds.mali(4, "<p>Do not travel to Mali.</p>"), "javascript:alert(1)"),
				Feeds.linked(Feeds.item("PU", "Guinea-Bissau", 3, Feeds.wording(3), "<p>x</p>"), "http://example.org/gw"),
				Feeds.item("GM", "Germany", 2, Feeds.wording(2), "<p>Exercise increased caution.</p>"))).body();
		JsonNode json = api().postFeed("""
				[{"Title": "France - Level 2: Exercise Increased Caution", "Link": "javascript:alert(1)",
				  "Category": ["FR"], "Summary": "<p>Exercise increased caution.</p>", "id": "fr"}]""").body();

		assertThat(rss.path("linksDropped").asInt()).as(rss.toString()).isEqualTo(2);
		assertThat(json.path("linksDropped").asInt()).as(json.toString()).isEqualTo(1);
		JsonNode ingests = api().get("/api/v1/advisories/ingests", Api.staff(Api.ADMIN, Api.PASSWORD)).body();
		assertThat(ingests.at("/1/linksDropped").asInt()).as("the stored report").isEqualTo(2);
		assertThat(link("ML")).isNull();
		assertThat(link("GW")).isNull();
		assertThat(link("FR")).isNull();
		assertThat(link("DE")).startsWith("https://travel.state.gov/");
		String page = http.getForEntity("/advisories", String.class).getBody();
		assertThat(page).contains("href=\"https://travel.state.gov/").doesNotContain("javascript:", "http://example.org");
	}

	@Test
	void aStoredLinkThatIsNotHttpsIsNotRendered() {
		api().postFeed(FEED);
		jdbc.update("UPDATE advisory SET link = 'javascript:alert(1)' WHERE country = 'ML'");
		jdbc.update("UPDATE advisory SET link = 'http://example.org/de' WHERE country = 'DE'");

		String page = http.getForEntity("/advisories", String.class).getBody();

		assertThat(page).contains("guinea-bissau-travel-advisory.html", ">Mali<", ">Germany<")
			.doesNotContain("javascript:", "http://example.org");
	}

	@Test
	void refusesAnUnreadableDocumentWithAProblemAndKeepsWhatItHad() {
		api().postFeed(FEED);
		Api.Response response = api().postFeed("<rss><channel><item><title>Mali</title></channel>");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("body");
		assertThat(api().get("/api/v1/advisories", new HttpHeaders()).body()).hasSize(3);
	}

	@Test
	void onlyAdministratorsMayPostTheFeed() {
		assertThat(api().postFeedAs(Api.OFFICER, Api.PASSWORD, FEED).status()).isEqualTo(403);
		assertThat(api().postFeedAs(null, null, FEED).status()).isEqualTo(401);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM advisory", Long.class)).isZero();
	}

	private String link(String country) {
		JsonNode link = api().get("/api/v1/advisories/" + country, new HttpHeaders()).body().at("/current/link");
		return link.isNull() || link.isMissingNode() ? null : link.asText();
	}
}
