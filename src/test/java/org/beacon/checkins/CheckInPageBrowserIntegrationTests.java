package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.support.Api;
import org.beacon.support.Browser;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer starts a check-in from the staff console, watches a citizen's SMS answer arrive on its page without
 * reloading it, and closes it; in headless Chromium, axe-checked.
 */
class CheckInPageBrowserIntegrationTests extends BrowserIntegrationTest {

	static final String PHONE = "+22376000501";

	@Autowired
	DeliveryProperties properties;

	@Test
	void anOfficerStartsACheckInSeesAnAnswerComeLiveAndClosesIt() {
		Pipeline pipeline = new Pipeline(api());
		CheckInAnswers citizens = new CheckInAnswers(api(), http, properties.twilio().authToken(),
				properties.twilio().webhookBaseUrl());
		pipeline.enroll("traveller@example.org", PHONE, Api.json("country", "ML", "region", "ML-BKO"));

		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/checkins");
		assertThat(browser.find(By.id("no-checkins")).isDisplayed()).isTrue();
		browser.assertAccessible();
		click(browser.find(By.linkText("Start a check-in")));
		browser.awaitPath("/staff/alerts/new\\?submission=.*checkIn=true");
		assertThat(browser.find(By.id("checkIn1")).isSelected()).isTrue();
		assertThat(browser.find(By.id("deadlineHours")).getDomProperty("value")).isEqualTo("24");
		new Select(browser.find(By.id("type"))).selectByValue("SECURITY_ALERT");
		new Select(browser.find(By.id("severity"))).selectByValue("SEVERE");
		browser.find(By.id("title")).sendKeys("Are you safe?");
		browser.find(By.id("body")).sendKeys("Fighting is reported near Bamako. Tell us whether you are safe.");
		deadline("0");
		click(browser.find(By.cssSelector("form.compose-form > button[type=submit]")));
		browser.awaitElement(By.id("error-summary"));
		assertThat(browser.find(By.id("deadlineHours-error")).getText()).contains("from 1 to 720");
		browser.assertAccessible().screenshot("compose-checkin-errors");

		deadline("48");
		click(browser.find(By.cssSelector("form.compose-form > button[type=submit]")));
		String id = browser.awaitPath("/staff/checkins/(" + Browser.UUID + ")").group(1);
		assertThat(browser.find(By.cssSelector("main .alert-success")).getText()).contains("check-in was sent");
		Instant deadline = jdbc.queryForObject("SELECT deadline FROM checkin WHERE id = ?", Timestamp.class,
				UUID.fromString(id)).toInstant();
		assertThat(deadline).isBetween(clock.instant().plus(Duration.ofHours(47)), clock.instant().plus(Duration.ofHours(48)));
		pipeline.awaitSettled(id, 2);

		browser.open("/staff/checkins/" + id);
		assertThat(count("noAnswer")).isEqualTo("1");
		String before = browser.find(By.id("chart-safe")).getDomAttribute("points");
		browser.driver().executeScript("document.body.dataset.loadedOnce = 'yes'");
		browser.assertAccessible().screenshot("checkin").screenshotOnPhone("checkin");

		citizens.text(PHONE, "1");

		browser.await(page -> "1".equals(count("safe")));
		assertThat(count("noAnswer")).isEqualTo("0");
		assertThat(browser.find(By.cssSelector("#places-body tr[data-place='ML/ML-BKO'] td[data-count=safe]")).getText())
			.isEqualTo("1");
		assertThat(browser.find(By.cssSelector("#waves-body tr[data-wave='1'] td[data-count=answered]")).getText())
			.isEqualTo("1");
		assertThat(browser.find(By.id("chart-safe")).getDomAttribute("points")).isNotEqualTo(before);
		assertThat(browser.find(By.tagName("body")).getDomAttribute("data-loaded-once")).as("not reloaded")
			.isEqualTo("yes");
		browser.assertAccessible().screenshot("checkin-answered");

		click(browser.find(By.cssSelector("#checkin-close button[type=submit]")));
		browser.await(page -> !browser.findAll(By.cssSelector("main .alert-success")).isEmpty());
		assertThat(browser.find(By.cssSelector("main .alert-success")).getText()).contains("check-in is closed");
		assertThat(browser.find(By.id("checkin-state-badge")).getText()).isEqualTo("Ended");
		assertThat(browser.findAll(By.id("checkin-close"))).isEmpty();
		assertThat(jdbc.queryForObject("SELECT closed_by FROM checkin WHERE id = ?", String.class, UUID.fromString(id)))
			.isEqualTo(Api.OFFICER);
		browser.assertAccessible().screenshot("checkin-closed");

		browser.open("/staff/checkins");
		assertThat(browser.find(By.cssSelector("tr[data-checkin-id='" + id + "'] td[data-count=safe]")).getText())
			.isEqualTo("1");
		browser.assertAccessible().screenshot("checkins");
	}

	private String count(String kind) {
		return browser.find(By.cssSelector(".checkin-counts [data-count=" + kind + "]")).getText();
	}

	private void deadline(String hours) {
		WebElement field = browser.find(By.id("deadlineHours"));
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		field.sendKeys(hours);
	}

	/** Scrolls at once (Bootstrap scrolls smoothly, and a click during the scroll lands elsewhere), then clicks. */
	private void click(WebElement element) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}
}
