package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.beacon.support.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The country of a place is found by typing part of its name, not by scrolling a list of 250. */
class CountrySearchBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void typingPartOfANameLeavesTheMatchingCountriesAndPicksTheFirst() {
		browser.open("/?lang=es");
		WebElement search = browser.find(By.id("places0.country-search"));
		assertThat(search.getDomAttribute("aria-label")).startsWith("Busque un país");

		search.sendKeys("peru");
		assertThat(new Select(browser.find(By.id("places0.country"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("PE");
		assertThat(shown()).containsExactly("PE");

		search.clear();
		search.sendKeys("mal");
		assertThat(shown()).contains("ML", "MW", "MY", "MV", "MT").doesNotContain("PE", "FR");
		browser.assertAccessible().screenshot("citizen-enroll-country-search");
	}

	private List<String> shown() {
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) browser.driver().executeScript("""
				return Array.from(document.getElementById('places0.country').options)
				  .filter(option => !option.hidden && option.value !== '').map(option => option.value);""");
		return codes;
	}
}
