package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.beacon.support.Api;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The unsubscribe link of an alert email, opened in a browser: a page with a button, then a confirmation. */
class UnsubscribePagesBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void theLinkInAnAlertEmailAsksFirstThenStopsEmailAlerts() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		String id = pipeline.enroll("leaving@example.org", "+22376000120", Api.json("country", "ML"));
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "First", List.of("EMAIL")), 1);
		MimeMessage email = SMTP.getReceivedMessages()[0];
		String header = email.getHeader("List-Unsubscribe")[0];
		URI link = URI.create(header.substring(1, header.indexOf('>')));

		browser.open(link.getPath() + "?" + link.getQuery());
		// Opening the link (as a mail scanner would) changes nothing.
		assertThat(optedOut(id)).isFalse();
		browser.assertAccessible().screenshot("citizen-unsubscribe");
		browser.find(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
		browser.await(driver -> !browser.findAll(By.cssSelector("main [role=status]")).isEmpty());

		assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).contains("no more alert emails");
		assertThat(optedOut(id)).isTrue();
		browser.assertAccessible().screenshot("citizen-unsubscribed");
	}

	@Test
	void aLinkThatDoesNotWorkSendsTheCitizenToSignIn() {
		// Forged, cut short or expired: the same page (404), which offers the way that always works.
		browser.open("/unsubscribe/00000000-0000-0000-0000-000000000000?t=forged");

		assertThat(browser.find(By.tagName("main")).getText()).contains("This unsubscribe link does not work",
				"sign in");
		assertThat(browser.findAll(By.cssSelector("main form"))).isEmpty();
		assertThat(browser.find(By.cssSelector("main a[href='/signin']")).getText()).isEqualTo("Manage your alerts");
		browser.assertAccessible().screenshot("citizen-unsubscribe-link-not-working");
	}

	private boolean optedOut(String id) {
		return jdbc.queryForObject("SELECT email_opted_out_at IS NOT NULL FROM subscriber WHERE id = ?::uuid",
				Boolean.class, id);
	}
}
