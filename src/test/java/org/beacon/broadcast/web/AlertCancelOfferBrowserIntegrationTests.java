package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.beacon.support.Api;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Citizens;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Cancel is offered on the alert page only while something is left to stop: once every delivery is final it goes,
 * live on a page left open, and a confirmation reached anyway says there is nothing to cancel.
 */
class AlertCancelOfferBrowserIntegrationTests extends BrowserIntegrationTest {

	static final By CANCEL = By.linkText("Cancel alert\u2026");

	@Autowired
	KafkaListenerEndpointRegistry registry;

	@Test
	void cancelGoesLiveWhenTheDeliveryFinishesAndIsNotOfferedOnAFinishedAlert() {
		Citizens.inMali(jdbc, cipher, 20, "finish", "+223765");
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD);
		// The text messages wait until the page shows Cancel, so that the delivery is still running then.
		List<MessageListenerContainer> smsWorkers = registry.getAllListenerContainers().stream()
			.filter(container -> container.getListenerId().startsWith("sms-worker"))
			.toList();
		smsWorkers.forEach(MessageListenerContainer::stop);
		String id;
		try {
			id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Road closed", List.of("SMS"));
			browser.open("/staff/alerts/" + id);
			assertThat(browser.findAll(CANCEL)).as("offered while the delivery runs").hasSize(1);
			browser.driver().executeScript("window.stillTheSamePage = true;");
		}
		finally {
			smsWorkers.forEach(MessageListenerContainer::start);
		}

		browser.await(page -> browser.findAll(By.id("cancel-heading")).isEmpty());
		assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;"))
			.as("updated in place, not reloaded").isEqualTo(true);
		assertThat(browser.find(By.id("progress-percent")).getText()).isEqualTo("100");
		assertThat(browser.find(By.id("progress-summary")).getText()).contains("20 of 20");
		assertThat(browser.findAll(CANCEL)).isEmpty();
		assertThat(browser.find(By.cssSelector("#alert-status .badge")).getText()).isEqualTo("Issued");
		browser.assertAccessible();

		browser.open("/staff/alerts/" + id);
		assertThat(browser.findAll(CANCEL)).as("not offered on a reload either").isEmpty();
		browser.open("/staff/alerts/" + id + "/cancel");
		assertThat(browser.find(By.tagName("main")).getText())
			.contains("The delivery of this alert is finished: there is nothing left to stop.");
		assertThat(browser.findAll(By.cssSelector("main form"))).as("nothing to confirm").isEmpty();
		assertThat(browser.find(By.linkText("Back to the alert")).getDomAttribute("href"))
			.isEqualTo("/staff/alerts/" + id);
		browser.assertAccessible().screenshot("staff-alert-cancel-finished");
		assertThat(api().alert(id).body().get("status").asText()).isEqualTo("ISSUED");
	}
}
