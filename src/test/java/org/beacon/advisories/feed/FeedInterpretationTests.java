package org.beacon.advisories.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.beacon.advisories.EmbassyPosture;
import org.beacon.advisories.RiskIndicator;
import org.beacon.advisories.feed.FeedInterpretation.CountryAdvisory;
import org.beacon.advisories.feed.FeedInterpretation.Notice;
import org.beacon.advisories.feed.FeedInterpretation.Reading;
import org.beacon.advisories.feed.FeedInterpretation.Rejected;
import org.beacon.advisories.store.AdvisoryContent;
import org.beacon.support.Feeds;
import org.junit.jupiter.api.Test;

class FeedInterpretationTests {

	private final FeedInterpretation interpretation = new FeedInterpretation(new FipsCodes());

	@Test
	void mapsFipsCountryTagsToIsoCodes() {
		assertThat(country(Feeds.item("GM", "Germany", 2, Feeds.wording(2), "<p>x</p>")).country()).isEqualTo("DE");
		assertThat(country(Feeds.item("UK", "United Kingdom", 2, Feeds.wording(2), "<p>x</p>")).country())
			.isEqualTo("GB");
		assertThat(country(Feeds.item("UP", "Ukraine", 4, Feeds.wording(4), "<p>x</p>")).country()).isEqualTo("UA");
		assertThat(country(Feeds.item("AJ", "Azerbaijan", 3, Feeds.wording(3), "<p>x</p>")).country())
			.isEqualTo("AZ");
		assertThat(country(Feeds.item("SW", "Sweden", 2, Feeds.wording(2), "<p>x</p>")).country()).isEqualTo("SE");
		assertThat(country(Feeds.item("KV", "Kosovo", 2, Feeds.wording(2), "<p>x</p>")).country()).isEqualTo("XK");
	}

	@Test
	void splitsTheNameAtTheLevelNeverAtTheFirstHyphen() {
		AdvisoryContent bissau = country(Feeds.item("PU", "Guinea-Bissau", 3, "Reconsider Travel", "<p>x</p>"));
		assertThat(bissau.name()).isEqualTo("Guinea-Bissau");
		assertThat(bissau.country()).isEqualTo("GW");
		assertThat(bissau.level()).isEqualTo(3);
		assertThat(bissau.levelText()).isEqualTo("Reconsider Travel");
		assertThat(country(Feeds.item("TT", "Timor-Leste", 2, Feeds.wording(2), "<p>x</p>")).name())
			.isEqualTo("Timor-Leste");
	}

	@Test
	void readsTheLevelFromTheThreatLevelCategoryWhenTheTitleHasNone() {
		Reading reading = read(new FeedItem("IR", "Iran Travel Advisory", null, null, "<p>x</p>",
				"Level 4: Do Not Travel", null, List.of()));
		AdvisoryContent iran = ((CountryAdvisory) reading).content();
		assertThat(iran.name()).isEqualTo("Iran");
		assertThat(iran.level()).isEqualTo(4);
	}

	@Test
	void rejectsATaggedItemWithoutAnyLevelRatherThanGuessing() {
		Reading reading = read(new FeedItem("MX", "Mexico Travel Advisory", null, null, "<p>x</p>", null, null,
				List.of()));
		assertThat(reading).isInstanceOfSatisfying(Rejected.class,
				rejected -> assertThat(rejected.reason()).contains("no level"));
	}

	@Test
	void rejectsAnUnknownCountryTag() {
		Reading reading = read(new FeedItem("QQ", "Atlantis - Level 2: Exercise Increased Caution", null, null, "",
				null, null, List.of()));
		assertThat(reading).isInstanceOfSatisfying(Rejected.class,
				rejected -> assertThat(rejected.reason()).contains("unknown Country-Tag 'QQ'"));
	}

	@Test
	void keepsAnItemWithoutCountryOrLevelAsAGlobalNotice() {
		Reading reading = read(new FeedItem(null, "Worldwide Caution", "https://travel.state.gov/wwc", null,
				"<p>Exercise increased caution.</p>", null, null, List.of()));
		assertThat(reading).isInstanceOfSatisfying(Notice.class,
				notice -> assertThat(notice.summary()).isEqualTo("Exercise increased caution."));
	}

	@Test
	void readsHtmlInCdataAndEntityEscapedAlike() {
		String cdata = FeedInterpretation.text("<p>Do not travel to Mali due to crime &amp; terrorism.</p>");
		String escaped = FeedInterpretation.text("&lt;p&gt;Do not travel to Mali due to crime &amp;amp; terrorism.&lt;/p&gt;");
		assertThat(cdata).isEqualTo("Do not travel to Mali due to crime & terrorism.");
		assertThat(escaped).isEqualTo(cdata);
	}

	@Test
	void findsRiskIndicatorsInTheReasonClause() {
		AdvisoryContent mali = country(Feeds.mali(4,
				"<p>Do not travel to Mali due to crime, terrorism, and kidnapping.</p><p>Health care is limited.</p>"));
		assertThat(mali.indicators()).containsExactlyInAnyOrder(RiskIndicator.C, RiskIndicator.T, RiskIndicator.K);
	}

	@Test
	void detectsAnOrderedDepartureAndWhomItConcerns() {
		AdvisoryContent mali = country(Feeds.mali(4, "<p>Do not travel to Mali due to terrorism.</p><p>On October 28, "
				+ "2025, the Department of State ordered the departure of non-emergency U.S. government employees and "
				+ "family members from Bamako due to the security situation.</p>"));
		assertThat(mali.posture()).isEqualTo(EmbassyPosture.ORDERED_DEPARTURE);
		assertThat(mali.postureConcerns())
			.isEqualTo("non-emergency U.S. government employees and family members");
	}

	@Test
	void detectsAnAuthorizedDeparture() {
		AdvisoryContent mali = country(Feeds.mali(3, "<p>The Department authorized the voluntary departure of "
				+ "family members of U.S. government employees.</p>"));
		assertThat(mali.posture()).isEqualTo(EmbassyPosture.AUTHORIZED_DEPARTURE);
	}

	@Test
	void readsDatesWithAndWithoutATime() {
		assertThat(FeedInterpretation.date("Thu, 31 Jul 2025 00:00:00 -0400"))
			.isEqualTo(Instant.parse("2025-07-31T04:00:00Z"));
		assertThat(FeedInterpretation.date("Mon, 28 Apr 2025")).isEqualTo(Instant.parse("2025-04-28T00:00:00Z"));
		assertThat(FeedInterpretation.date("2025-07-31T20:00:00-04:00")).isEqualTo(Instant.parse("2025-08-01T00:00:00Z"));
		assertThat(FeedInterpretation.date("someday")).isNull();
	}

	@Test
	void theContentHashIgnoresTheDateButNotTheWords() {
		String item = Feeds.mali(4, "<p>Do not travel.</p>");
		AdvisoryContent first = country(item);
		AdvisoryContent redated = country(item.replace("Thu, 31 Jul 2025", "Fri, 01 Aug 2025"));
		AdvisoryContent reworded = country(Feeds.mali(4, "<p>Do not travel to Mali.</p>"));
		assertThat(redated.hash()).isEqualTo(first.hash());
		assertThat(reworded.hash()).isNotEqualTo(first.hash());
	}

	@Test
	void readsTheJsonFormOfTheFeed() {
		List<FeedItem> items = FeedDocuments.read("""
				[{"Title": "Germany - Level 2: Exercise Increased Caution", "Link": "https://travel.state.gov/de",
				  "Category": ["GM"], "Summary": "<p>Exercise increased caution in Germany due to terrorism.</p>",
				  "id": "de-1", "Published": "2025-06-27T00:00:00-04:00", "Updated": "2025-06-27T00:00:00-04:00"}]""");
		AdvisoryContent germany = ((CountryAdvisory) read(items.get(0))).content();
		assertThat(germany.country()).isEqualTo("DE");
		assertThat(germany.level()).isEqualTo(2);
		assertThat(germany.indicators()).containsExactly(RiskIndicator.T);
	}

	private AdvisoryContent country(String item) {
		Reading reading = read(FeedDocuments.read(Feeds.rss(item)).get(0));
		assertThat(reading).isInstanceOf(CountryAdvisory.class);
		return ((CountryAdvisory) reading).content();
	}

	private Reading read(FeedItem item) {
		return interpretation.read(item);
	}
}
