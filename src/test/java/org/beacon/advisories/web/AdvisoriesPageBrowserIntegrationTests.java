package org.beacon.advisories.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Feeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class AdvisoriesPageBrowserIntegrationTests extends BrowserIntegrationTest {

	@BeforeEach
	void advisories() {
		api().postFeed(Feeds.rss(Feeds.mali(4, "<p>Do not travel to Mali due to crime, terrorism, and kidnapping.</p>"),
				Feeds.item("GM", "Germany", 2, Feeds.wording(2), "<p>Exercise increased caution due to terrorism.</p>"),
				Feeds.item("PE", "Peru", 2, Feeds.wording(2), "<p>Exercise increased caution due to crime.</p>")));
	}

	@Test
	void everyoneSeesEveryCountrysLevelWithoutSigningIn() {
		browser.open("/advisories");

		assertThat(countries()).containsExactly("DE", "ML", "PE");
		WebElement mali = row("ML");
		assertThat(mali.getText()).contains("Level 4", "Do Not Travel", "Crime", "Terrorism",
				"Kidnapping or hostage taking");
		assertThat(mali.findElement(By.cssSelector(".level")).getDomAttribute("class")).contains("level-4");
		browser.assertAccessible().screenshot("advisories").screenshotOnPhone("advisories");
	}

	@Test
	void everyLevelsBadgeIsReadableOnDesktopAndPhone() {
		api().postFeed(Feeds.rss(Feeds.mali(4, "<p>Do not travel to Mali.</p>"),
				Feeds.item("PU", "Guinea-Bissau", 3, Feeds.wording(3), "<p>Reconsider travel due to crime.</p>"),
				Feeds.item("GM", "Germany", 2, Feeds.wording(2), "<p>Exercise increased caution.</p>"),
				Feeds.item("IC", "Iceland", 1, Feeds.wording(1), "<p>Exercise normal precautions.</p>")));
		browser.open("/advisories?sort=level");

		List<String> badges = browser.findAll(By.cssSelector("#results .level"))
			.stream()
			.map(badge -> badge.getDomAttribute("class"))
			.toList();
		// axe checks the contrast of each badge's text only where the page shows that badge.
		assertThat(badges).contains("level level-1", "level level-2", "level level-3", "level level-4");
		browser.assertAccessible().screenshot("advisories-every-level").screenshotOnPhone("advisories-every-level");
	}

	@Test
	void filtersByLevelAndRiskAsYouChoose() {
		browser.open("/advisories");
		new Select(browser.find(By.id("level"))).selectByValue("2");
		browser.await(driver -> countries().equals(List.of("DE", "PE")));
		new Select(browser.find(By.id("indicator"))).selectByValue("C");
		browser.await(driver -> countries().equals(List.of("PE")));

		// htmx 2.0.4 pushes the filtered list's address just before swapping the rows in; do not rely on that order.
		browser.awaitPath("/advisories\\?(?:.*&)?indicator=C(?:&.*)?");
		assertThat(browser.path()).contains("level=2").contains("indicator=C");
		assertThat(browser.find(By.cssSelector("#results [role=status]")).getText()).isEqualTo(
				"Showing 1 of 3 countries.");
	}

	@Test
	void findsCountriesByTheirSpanishNameWithoutAccentsAndWorksWithoutScript() {
		browser.open("/advisories?lang=es&q=peru&sort=level");

		assertThat(countries()).containsExactly("PE");
		assertThat(row("PE").getText()).contains("Perú", "Nivel 2", "Delincuencia");
		browser.assertAccessible().screenshot("advisories-es");

		// The language chosen stays with the visitor (a cookie).
		browser.open("/advisories?level=five");
		assertThat(countries()).hasSize(3);
		assertThat(browser.find(By.cssSelector("#results [role=alert]")).getText()).contains("no se entendió");
	}

	private List<String> countries() {
		return browser.findAll(By.cssSelector("#results tbody tr"))
			.stream()
			.map(row -> row.getDomAttribute("data-country"))
			.toList();
	}

	private WebElement row(String country) {
		return browser.find(By.cssSelector("#results tr[data-country=" + country + "]"));
	}
}
