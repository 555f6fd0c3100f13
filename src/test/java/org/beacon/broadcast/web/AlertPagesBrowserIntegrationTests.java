package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.beacon.support.Api;
import org.beacon.support.Browser;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Citizens;
import org.beacon.support.Feeds;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import com.fasterxml.jackson.databind.JsonNode;

/** The alert page with live progress, its Update and Cancel, and the review queue, in headless Chromium. */
class AlertPagesBrowserIntegrationTests extends BrowserIntegrationTest {

	static final int CITIZENS = 300;

	@Autowired
	KafkaListenerEndpointRegistry registry;

	@Test
	void theAlertPageReachesOneHundredPercentLiveAndAnUpdateGoesToTheOriginalsRecipients() {
		Citizens.inMali(jdbc, cipher, CITIZENS, "watch", "+223766");
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD);
		// The text messages wait until the page is shown, so that it is first rendered before the delivery ends
		// however fast the machine is.
		List<MessageListenerContainer> smsWorkers = smsWorkers();
		smsWorkers.forEach(MessageListenerContainer::stop);
		String id;
		String before;
		try {
			id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew in Bamako",
					List.of("EMAIL", "SMS"));
			browser.open("/staff/alerts/" + id);
			before = browser.find(By.id("progress-percent")).getText();
			js("window.beaconNotReloaded = true;");
		}
		finally {
			smsWorkers.forEach(MessageListenerContainer::start);
		}
		browser.await(page -> "100".equals(browser.find(By.id("progress-percent")).getText()));

		assertThat(before).as("the page was first rendered before the delivery ended").isNotEqualTo("100");
		assertThat(js("return window.beaconNotReloaded === true;")).as("updated in place, not reloaded")
			.isEqualTo(true);
		assertThat(browser.find(By.id("progress-summary")).getText()).contains("600 of 600");
		assertThat(browser.find(By.cssSelector("td[data-channel=SMS][data-status=SENT]")).getText()).isEqualTo("300");
		browser.assertAccessible().screenshot("staff-alert").screenshotOnPhone("staff-alert");

		browser.find(By.cssSelector("#update-heading ~ form button[type=submit]")).sendKeys(Keys.ENTER);
		assertThat(browser.awaitElement(By.id("title-error")).getText()).isEqualTo("Enter a title.");
		assertThat(browser.find(By.id("title")).getDomAttribute("aria-describedby")).isEqualTo("title-error");
		browser.assertAccessible().screenshot("staff-alert-update-errors");

		browser.find(By.id("title")).sendKeys("Curfew lifted");
		browser.find(By.id("body")).sendKeys("The curfew in Bamako ends tonight.");
		browser.find(By.cssSelector("#update-heading ~ form button[type=submit]")).sendKeys(Keys.ENTER);
		String update = awaitAnotherAlert(id);
		assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).isEqualTo("Update sent.");
		browser.await(page -> "100".equals(browser.find(By.id("progress-percent")).getText()));
		assertThat(pairs(update)).as("the update reached exactly the original's recipients").isEqualTo(pairs(id));
		browser.assertAccessible().screenshot("staff-alert-update");
	}

	@Test
	void anExtremeUpdateWaitsForASecondPersonOnTheApprovalsPage() {
		Citizens.inMali(jdbc, cipher, 3, "held", "+223768");
		Pipeline pipeline = new Pipeline(api());
		String id = pipeline.issue(Api.json("countries", List.of("ML")), "Clashes near Kati", List.of("SMS"));
		pipeline.awaitSettled(id, 3);

		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/" + id);
		browser.find(By.id("title")).sendKeys("Clashes spread to Bamako");
		browser.find(By.id("body")).sendKeys("Shelter in place.");
		new Select(browser.find(By.id("severity"))).selectByValue("EXTREME");
		browser.find(By.cssSelector("#update-heading ~ form button[type=submit]")).sendKeys(Keys.ENTER);

		String update = awaitAnotherAlert(id);
		assertThat(browser.find(By.cssSelector("main .alert-success[role=status]")).getText())
			.contains("waits for approval by a second person");
		assertThat(browser.find(By.id("awaiting-approval")).getText()).contains("Nothing has been sent");
		assertThat(browser.findAll(By.id("progress"))).as("no progress bar for an alert not sent").isEmpty();
		browser.assertAccessible().screenshot("staff-alert-update-held");

		browser.signInAsStaff("approver", Api.PASSWORD).open("/staff/approvals");
		var card = browser.find(By.cssSelector("article[data-alert-id='" + update + "']"));
		assertThat(card.findElement(By.cssSelector(".update-of")).getText()).contains("An update (CAP Update) of");
		assertThat(card.findElement(By.cssSelector(".update-of a")).getDomAttribute("href"))
			.isEqualTo("/staff/alerts/" + id);
		assertThat(card.findElement(By.cssSelector(".update-of a")).getText()).isEqualTo("“Clashes near Kati”");
		assertThat(card.findElement(By.cssSelector("tr[data-channel=SMS] td")).getText()).isEqualTo("3");
		browser.assertAccessible().screenshot("approvals-update");
	}

	@Test
	void cancellingFromThePageStopsWhatIsNotYetSent() {
		Citizens.inMali(jdbc, cipher, CITIZENS, "stop", "+223767");
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD);
		// The text messages wait until the cancellation is confirmed: a delivery that finished first leaves nothing
		// to stop, and the page would refuse the cancellation however slowly Twilio answers.
		List<MessageListenerContainer> smsWorkers = smsWorkers();
		smsWorkers.forEach(MessageListenerContainer::stop);
		String id;
		try {
			id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Demonstration", List.of("SMS"));
			browser.open("/staff/alerts/" + id);
			// By the keyboard: the live figures above may shift the page under a pointer.
			browser.find(By.linkText("Cancel alert\u2026")).sendKeys(Keys.ENTER);
			browser.awaitPath("/staff/alerts/" + id + "/cancel");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Cancel this alert?");
			browser.assertAccessible().screenshot("staff-alert-cancel");
			browser.find(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
			browser.awaitPath("/staff/alerts/" + id);
		}
		finally {
			smsWorkers.forEach(MessageListenerContainer::start);
		}
		assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).startsWith("Alert cancelled:");
		assertThat(browser.find(By.cssSelector("main .badge")).getText()).isEqualTo("Cancelled");
		assertThat(browser.findAll(By.linkText("Cancel alert\u2026"))).isEmpty();
		assertThat(api().alert(id).body().get("status").asText()).isEqualTo("CANCELLED");
		browser.await(page -> "100".equals(browser.find(By.id("progress-percent")).getText()));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE alert_id = ?::uuid AND status = 'QUEUED'",
				Integer.class, id)).isZero();
		browser.assertAccessible().screenshot("staff-alert-cancelled");
	}

	@Test
	void aFeedHeldAlertIsDiscardedFromTheReviewQueue() {
		new Pipeline(api()).enroll("mali@example.org", "+22376000071", Api.json("country", "ML"));
		api().postFeed(Feeds.rss(Feeds.mali(4, "<p>Do not travel to Mali due to crime and terrorism.</p>")));
		api().postFeed(Feeds.rss(Feeds.mali(1, "<p>Exercise normal precautions in Mali due to crime.</p>")));
		JsonNode held = awaitHeld();

		browser.signInAsStaff(Api.ADMIN, Api.PASSWORD);
		browser.open("/staff/review");
		assertThat(browser.find(By.tagName("main")).getText()).contains(held.get("title").asText())
			.contains("Level 4").contains("Level 1").contains("Removed: terrorism");
		assertThat(browser.find(By.cssSelector(".diff ins")).getText()).contains("Exercise");
		browser.assertAccessible().screenshot("staff-review").screenshotOnPhone("staff-review");

		browser.find(By.xpath("//button[normalize-space()='Discard']")).sendKeys(Keys.ENTER);

		browser.await(page -> browser.findAll(By.cssSelector("main [role=status]")).size() == 1);
		assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).contains("It will not be sent.");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Nothing is waiting for review.");
		assertThat(api().get("/api/v1/alerts/" + held.get("id").asText(), Api.staff(Api.ADMIN, Api.PASSWORD)).body()
			.get("status").asText()).isEqualTo("DISCARDED");
		browser.assertAccessible().screenshot("staff-review-empty");
	}

	@Test
	void staffOfAnotherPostDoNotFindTheAlert() {
		String id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		jdbc.update("INSERT INTO post (id, name) VALUES ('embassy-paris', 'U.S. Embassy Paris') ON CONFLICT DO NOTHING");
		jdbc.update("INSERT INTO post_country (post_id, country) VALUES ('embassy-paris', 'FR') ON CONFLICT DO NOTHING");
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				SELECT 'paris-watcher', 'Paris officer', password_hash, 'embassy-paris', '{OFFICER}' FROM staff_member
				WHERE username = 'duty-officer' ON CONFLICT DO NOTHING""");

		browser.signInAsStaff("paris-watcher", Api.PASSWORD);
		browser.open("/staff/alerts/" + id);

		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
		browser.open("/staff/alerts/not-an-id");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
	}

	/**
	 * Waits for the page of an alert other than this one (its update's, where sending an update leads) and returns
	 * that alert's id. The form posts to {@code /staff/alerts/{id}/update}, which stays the address when the update
	 * is refused: only a whole other alert's path will do.
	 */
	private String awaitAnotherAlert(String id) {
		return browser.awaitPath("/staff/alerts/(?!" + id + ")(" + Browser.UUID + ")").group(1);
	}

	private JsonNode awaitHeld() {
		JsonNode[] held = new JsonNode[1];
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			for (JsonNode alert : api().get("/api/v1/alerts", Api.staff(Api.ADMIN, Api.PASSWORD)).body()) {
				if ("PENDING_REVIEW".equals(alert.get("status").asText())) {
					held[0] = alert;
					return true;
				}
			}
			return false;
		});
		return held[0];
	}

	private List<MessageListenerContainer> smsWorkers() {
		return registry.getAllListenerContainers().stream()
			.filter(container -> container.getListenerId().startsWith("sms-worker"))
			.toList();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

	private Set<String> pairs(String alertId) {
		return new HashSet<>(jdbc.queryForList(
				"SELECT subscriber_id || '/' || channel FROM delivery WHERE alert_id = ?::uuid", String.class, alertId));
	}
}
