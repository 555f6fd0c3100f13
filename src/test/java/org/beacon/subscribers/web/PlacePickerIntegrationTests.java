package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** The place picker's regions: by name, from the script's list or, without a script, from the page. */
class PlacePickerIntegrationTests extends BeaconIntegrationTest {

	@Test
	void theRegionListOfACountryIsInNameOrder() {
		ResponseEntity<JsonNode> mali = http.getForEntity("/places/ML/regions", JsonNode.class);

		assertThat(mali.getStatusCode().value()).isEqualTo(200);
		List<String> names = mali.getBody().findValuesAsText("name");
		assertThat(names).contains("Taoudénit", "Mopti").isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));
		assertThat(names.indexOf("Taoudénit")).as("listed by name, not by code ML-10").isGreaterThan(names.indexOf("Mopti"));
	}

	@Test
	void aCodeThatIsNoCountryHasNoRegions() {
		assertThat(http.getForEntity("/places/XX/regions", String.class).getStatusCode().value()).isEqualTo(404);
		assertThat(http.getForEntity("/places/M1/regions", String.class).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void withoutAScriptTheButtonShowsTheRegionsAndTheirListHasTheFocus() {
		PageSession visitor = new PageSession(http.getRootUri());
		visitor.get("/?lang=en");

		PageSession.Page page = visitor.post("/", "places[0].country", "FR", "places[1].country", "ML",
				"showRegions", "1");

		Elements selects = Jsoup.parse(page.body()).select("select[data-regions-of]");
		Element second = selects.get(1);
		assertThat(second.hasAttr("autofocus")).as("the place whose regions were asked for").isTrue();
		assertThat(selects.get(0).hasAttr("autofocus")).isFalse();
		List<String> names = second.select("option").eachText();
		assertThat(names.get(0)).isEqualTo("The whole country");
		assertThat(names.subList(1, names.size())).contains("Taoudénit")
			.isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));
	}

	@Test
	void aForgedPlaceNumberShowsThePageWithoutFocus() {
		PageSession visitor = new PageSession(http.getRootUri());
		visitor.get("/");

		PageSession.Page page = visitor.post("/", "places[0].country", "ML", "showRegions", "nine");

		assertThat(page.status()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select("select[autofocus]")).isEmpty();
	}
}
