package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.beacon.support.Api;
import org.beacon.support.Browser;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Mails;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Value;

/**
 * The links of an alert email, followed in a browser: unsubscribe (a page with a button, then a confirmation) and
 * manage my alerts (the sign-in page).
 */
class UnsubscribePagesBrowserIntegrationTests extends BrowserIntegrationTest {

	@Value("${beacon.public-url}")
	String publicUrl;

	@Test
	void theLinkInAnAlertEmailAsksFirstThenStopsEmailAlerts() throws Exception {
		String id = enrollAndAlert("leaving@example.org", "+22376000120");

		openTheEmail();
		browser.assertAccessible().screenshot("alert-email").screenshotOnPhone("alert-email");
		browser.find(By.linkText("Stop email alerts")).click();
		browser.awaitPath("/unsubscribe/" + Browser.UUID + "\\?t=.+");
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
	void theManageLinkInAnAlertEmailLeadsToSignIn() throws Exception {
		enrollAndAlert("managing@example.org", "+22376000121");

		openTheEmail();
		browser.find(By.linkText("Manage my alerts")).click();

		browser.awaitPath("/signin");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Manage your alerts");
		browser.assertAccessible();
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

	private String enrollAndAlert(String email, String phone) {
		Pipeline pipeline = new Pipeline(api());
		String id = pipeline.enroll(email, phone, Api.json("country", "ML"));
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "First", List.of("EMAIL")), 1);
		return id;
	}

	/**
	 * Shows the email's HTML as a mail program would. Its links name Beacon's public address, which a test's server
	 * (on a port of its own) does not answer: they are pointed at it.
	 */
	private void openTheEmail() {
		MimeMessage email = SMTP.getReceivedMessages()[0];
		String html = Mails.html(email).replace(publicUrl, browser.url(""));
		browser.driver().get("data:text/html;charset=utf-8;base64,"
				+ Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
	}

	private boolean optedOut(String id) {
		return jdbc.queryForObject("SELECT email_opted_out_at IS NOT NULL FROM subscriber WHERE id = ?::uuid",
				Boolean.class, id);
	}
}
