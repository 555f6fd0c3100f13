package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.beacon.support.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The country of a place is found by typing part of its name, not by scrolling a list of 250, and its regions follow
 * the country chosen.
 */
class CountrySearchBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void typingPartOfANameOffersTheNamesThatStartWithItFirstAndPicksOnlyASingleMatch() {
		browser.open("/?lang=es");
		WebElement search = browser.find(By.id("places0.country-search"));
		assertThat(search.getDomAttribute("aria-label")).startsWith("Busque un país");

		search.sendKeys("peru");
		assertThat(chosen()).isEqualTo("PE");
		assertThat(shown()).containsExactly("PE");
		assertThat(status()).isEqualTo("Un país coincide: Perú.");

		browser.open("/?lang=en");
		search = browser.find(By.id("places0.country-search"));
		search.sendKeys("Mal");
		List<String> shown = shown();
		// Malawi, Malaysia, Maldives, Mali, Malta start with it; Guatemala and Somalia only hold it.
		assertThat(shown.subList(0, 5)).containsExactly("MW", "MY", "MV", "ML", "MT");
		assertThat(shown).contains("GT", "SO").doesNotContain("PE", "FR");
		assertThat(shown.indexOf("GT")).isGreaterThan(4);
		assertThat(chosen()).as("several match: none is picked").isEmpty();
		assertThat(status()).isEqualTo(shown.size() + " countries match.");
		browser.assertAccessible().screenshot("citizen-enroll-country-search")
			.screenshotOnPhone("citizen-enroll-country-search");

		search.sendKeys("i");
		assertThat(shown()).containsExactly("ML", "SO");
		assertThat(chosen()).as("a name typed in full is picked though another holds it").isEqualTo("ML");
	}

	@Test
	void aNamesWordStartComesBeforeAMatchInsideAWord() {
		browser.open("/?lang=en");
		browser.find(By.id("places0.country-search")).sendKeys("guin");

		List<String> shown = shown();
		assertThat(shown.get(0)).isEqualTo("GN");
		assertThat(shown).containsSubsequence("GN", "GQ").containsSubsequence("GW", "PG");
		assertThat(chosen()).isEmpty();
	}

	@Test
	void choosingACountryShowsItsRegionsByNameWithoutReloadingThePage() {
		browser.open("/?lang=en");
		browser.driver().executeScript("window.stillTheSamePage = true;");
		assertThat(browser.find(By.name("showRegions")).isDisplayed()).as("no button needed with a script").isFalse();

		new Select(browser.find(By.id("places0.country"))).selectByValue("ML");
		browser.await(driver -> regions().size() > 1);

		List<String> names = regions();
		assertThat(names.get(0)).isEqualTo("The whole country");
		assertThat(names.subList(1, names.size())).contains("Mopti", "Taoudénit", "Kayes").isSortedAccordingTo(
				java.text.Collator.getInstance(java.util.Locale.ENGLISH));
		assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		browser.assertAccessible().screenshot("citizen-enroll-regions").screenshotOnPhone("citizen-enroll-regions");

		new Select(browser.find(By.id("places0.country"))).selectByValue("FR");
		browser.await(driver -> !regions().contains("Mopti"));
		assertThat(regions()).contains("Ain");
	}

	private String chosen() {
		return (String) browser.driver().executeScript("return document.getElementById('places0.country').value;");
	}

	private String status() {
		return browser.find(By.id("places0.country-matches")).getAttribute("textContent");
	}

	private List<String> regions() {
		return new Select(browser.find(By.id("places0.region"))).getOptions().stream().map(WebElement::getText).toList();
	}

	private List<String> shown() {
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) browser.driver().executeScript("""
				return Array.from(document.getElementById('places0.country').options)
				  .filter(option => !option.hidden && option.value !== '').map(option => option.value);""");
		return codes;
	}
}
