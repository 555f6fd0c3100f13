package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.beacon.support.Api;
import org.beacon.support.BrowserIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The compose page counts citizens there now and citizens arriving apart, follows the expiry and the arrival window as
 * the officer sets them, and the alert's page shows both once it is sent; in headless Chromium.
 */
class ComposeArrivalsBrowserIntegrationTests extends BrowserIntegrationTest {

	LocalDate today;

	@BeforeEach
	void citizens() {
		today = LocalDate.now(clock);
		for (int i = 0; i < 6; i++) {
			citizen("there" + i, today.minusDays(3));
		}
		for (int i = 0; i < 5; i++) {
			citizen("next-week" + i, today.plusDays(5));
		}
		for (int i = 0; i < 5; i++) {
			citizen("in-three-weeks" + i, today.plusDays(20));
		}
	}

	@Test
	void theOfficerSeesWhoIsThereAndWhoIsArrivingAsTheyChooseTheAlertsLifetime() {
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/new");
		ComposePageDriver page = new ComposePageDriver(browser);
		page.fill("DEMONSTRATION_ALERT", "MODERATE", "Demonstration at the Independence Monument",
				"Avoid the area on Saturday.");

		// A demonstration alert lasts 7 days: next week's travellers are reached, those in three weeks are not.
		page.awaitTotal("11");
		assertThat(arrivals()).isEqualTo("Of them, 6 are there now and 5 arriving (trips starting by "
				+ day(today.plusDays(7)) + ").");

		type("arrivingWithinDays", "0");
		page.awaitTotal("6");
		assertThat(arrivals()).isEqualTo("Only citizens there now: nobody arriving.");

		type("arrivingWithinDays", "");
		setDate("expiresOn", today.plusDays(30));
		page.awaitTotal("16");
		assertThat(arrivals()).contains("6 are there now and 10 arriving");
		browser.assertAccessible().screenshot("compose-arrivals");

		String id = page.send();
		WebElement reach = browser.awaitElement(By.id("alert-reach"));
		assertThat(reach.getText()).contains("6 recipients there now").contains("10 arriving");
		assertThat(browser.find(By.id("alert-lifetime")).getText()).contains("in force until")
			.contains(String.valueOf(today.plusDays(31).getDayOfMonth()));
		assertThat(jdbc.queryForObject("SELECT audience_arriving FROM alert WHERE id = ?", Long.class,
				UUID.fromString(id))).isEqualTo(10);
		browser.assertAccessible().screenshot("alert-arrivals");
	}

	private String arrivals() {
		return browser.find(By.id("audience-arrivals")).getText();
	}

	private void type(String id, String value) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(value);
		// The preview recounts on change, as when the officer leaves the field.
		browser.driver().executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field);
	}

	/** Date inputs read keys in the browser's locale's order: the value is set as a form would hold it. */
	private void setDate(String id, LocalDate day) {
		WebElement field = browser.find(By.id(id));
		browser.driver().executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, day.toString());
	}

	private static String day(LocalDate day) {
		return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
				java.util.Locale.ENGLISH) + " " + day.getYear();
	}

	private void citizen(String name, LocalDate from) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO subscriber (id, email_sealed, locale, channels, token_hash, email_verified_at)
				VALUES (?, ?, 'en', '{EMAIL}', '\\x00', now())""", id, sealedEmail(name + "@example.org"));
		jdbc.update("""
				INSERT INTO subscriber_location (subscriber_id, position, country, starts_on)
				VALUES (?, 0, 'ML', ?)""", id, from);
	}
}
