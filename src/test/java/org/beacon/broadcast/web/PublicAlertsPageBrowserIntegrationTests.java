package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.beacon.support.Api;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.ParisPost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Anyone sees the alerts in force, until when each applies, by country; expired and cancelled ones are gone. */
class PublicAlertsPageBrowserIntegrationTests extends BrowserIntegrationTest {

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void alerts() {
		ParisPost.withOfficer(jdbc, passwords);
		issue(AlertsApiIntegrationTests.alert("title", "Curfew in Mopti"));
		issue(AlertsApiIntegrationTests.alert("title", "Short-lived", "expires",
				clock.instant().plus(Duration.ofHours(1)).toString()));
		String cancelled = issue(AlertsApiIntegrationTests.alert("title", "Road closed"));
		api().post("/api/v1/alerts/" + cancelled + "/cancel", Api.staff(Api.OFFICER, Api.PASSWORD));
		clock.advance(Duration.ofHours(2));
	}

	@Test
	void showsTheAlertsInForceWithTheirExpiryByCountry() {
		browser.open("/alerts");

		String list = browser.find(By.id("alerts-in-force")).getText();
		assertThat(list).contains("Curfew in Mopti").contains("in force until").doesNotContain("Short-lived")
			.doesNotContain("Road closed");
		browser.assertAccessible().screenshot("public-alerts").screenshotOnPhone("public-alerts");

		new Select(browser.find(By.id("country"))).selectByValue("FR");
		browser.find(By.cssSelector("form[role=search] button[type=submit]")).click();
		browser.awaitPath("/alerts\\?country=FR");
		assertThat(browser.findAll(By.cssSelector("#alerts-in-force li"))).isEmpty();
		assertThat(browser.find(By.tagName("main")).getText()).contains("No alert is in force");
	}

	private String issue(Object request) {
		Api.Response response = api().issueAlert(request);
		assertThat(response.status()).isEqualTo(202);
		return response.body().get("id").asText();
	}
}
