package org.beacon.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.support.Api;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Feeds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator opens a post covering a new country, gives it an officer who then sees that country on their
 * dashboard, disables the officer (who can no longer sign in), and reads the advisory feed's ingests.
 */
class AdminPagesBrowserIntegrationTests extends BrowserIntegrationTest {

	private static final String PASSWORD = "river stone lantern";

	@Test
	void anAdministratorOpensAPostWithAnOfficerAndLaterDisablesThem() {
		String suffix = Long.toString(System.nanoTime(), 36);
		String post = "embassy-ouaga-" + suffix;
		String officer = "officer-" + suffix;
		browser.signInAsStaff(Api.ADMIN, Api.PASSWORD);

		browser.open("/staff/admin/posts").assertAccessible().screenshot("admin-posts");
		type("id", post);
		type("name", "U.S. Embassy Ouagadougou " + suffix);
		type("countries", "bf, XX");
		type("emergencyPhone", "+226 25 49 53 00");
		submit(By.cssSelector("main form button[type=submit]"));
		WebElement countriesError = browser.await(page -> page.findElement(By.id("countries-error")));
		assertThat(countriesError.getText()).contains("XX");
		assertThat(browser.find(By.id("emergencyPhone")).getDomProperty("value")).isEqualTo("+226 25 49 53 00");
		browser.assertAccessible().screenshot("admin-posts-error");

		browser.find(By.id("countries")).clear();
		type("countries", "BF");
		submit(By.cssSelector("main form button[type=submit]"));
		browser.await(page -> page.findElement(By.cssSelector("main [role=status]")));
		assertThat(browser.find(By.cssSelector("tr[data-post='" + post + "']")).getText()).contains("BF")
			.contains("+226 25 49 53 00");
		browser.open("/staff/admin/posts/" + post).assertAccessible().screenshot("admin-post");

		browser.open("/staff/admin/accounts").assertAccessible().screenshot("admin-accounts");
		type("username", officer);
		type("displayName", "Duty Officer, Ouagadougou");
		new Select(browser.find(By.id("postId"))).selectByValue(post);
		browser.find(By.cssSelector("input[name=roles][value=OFFICER]")).click();
		type("password", PASSWORD);
		submit(By.cssSelector("main form button[type=submit]"));
		browser.await(page -> page.findElement(By.cssSelector("main [role=status]")));
		assertThat(browser.find(By.cssSelector("tr[data-username='" + officer + "']")).getText())
			.contains("Ouagadougou").contains("Officer");

		signOut();
		browser.signInAsStaff(officer, PASSWORD);
		assertThat(browser.path()).isEqualTo("/staff");
		assertThat(browser.find(By.id("country-BF")).getText()).isEqualTo("Burkina Faso");
		signOut();

		browser.signInAsStaff(Api.ADMIN, Api.PASSWORD);
		browser.open("/staff/admin/accounts/" + officer).assertAccessible().screenshot("admin-account");
		submit(By.cssSelector("#enable-form button[type=submit]"));
		browser.await(page -> page.findElement(By.cssSelector("main [role=status]")));
		assertThat(browser.find(By.id("account-status")).getText()).contains("Disabled");
		signOut();

		browser.open("/staff/login");
		type("username", officer);
		type("password", PASSWORD);
		submit(By.cssSelector("main form button[type=submit]"));
		// The sign-in page left has no query; its answer has one, saying why.
		browser.awaitPath("/staff/login\\?.+");
		assertThat(browser.path()).isEqualTo("/staff/login?error");
	}

	@Test
	void theFeedPageListsIngestsAndSaysWhatReadingTheFeedDid() {
		assertThat(api().postFeed(Feeds.rss(Feeds.mali(3, "<p>Reconsider travel.</p>"))).status()).isEqualTo(200);
		browser.signInAsStaff(Api.ADMIN, Api.PASSWORD);

		browser.open("/staff/admin/feed").assertAccessible().screenshot("admin-feed");
		assertThat(browser.find(By.id("reports")).getText()).contains("POST by admin");

		// Tests, like the embedded default, do not poll the State Department: the button says nothing was read.
		submit(By.cssSelector("#read-form button[type=submit]"));
		WebElement outcome = browser.await(page -> page.findElement(By.id("feed-outcome")));
		assertThat(outcome.getText()).contains("polling of the feed is off");
		browser.assertAccessible().screenshot("admin-feed-read");

		type("document", "not a feed");
		submit(By.cssSelector("#copy-form button[type=submit]"));
		browser.await(page -> page.findElement(By.id("document-error")));
		assertThat(browser.find(By.id("document")).getDomProperty("value")).isEqualTo("not a feed");

		browser.find(By.id("document")).clear();
		type("document", Feeds.rss(Feeds.mali(4, "<p>Do not travel.</p>")));
		submit(By.cssSelector("#copy-form button[type=submit]"));
		outcome = browser.await(page -> page.findElement(By.id("feed-outcome")));
		assertThat(outcome.getText()).contains("The feed was read");
		assertThat(browser.find(By.id("reports")).getText()).contains("Page by admin");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_audit WHERE action = 'FEED_READ'", Long.class))
			.isPositive();

		browser.open("/staff/admin/feed?lang=es");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Feed de avisos");
		browser.assertAccessible().screenshot("admin-feed-es");
		browser.open("/staff/admin/accounts?lang=es");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Cuentas del personal");
		browser.open("/staff/admin/posts?lang=en");
	}

	private void type(String id, String text) {
		browser.find(By.id(id)).sendKeys(text);
	}

	/** Clicks a submit button; a click another element intercepts (a sticky header) is sent as Enter instead. */
	private void submit(By button) {
		WebElement element = browser.find(button);
		try {
			element.click();
		}
		catch (ElementClickInterceptedException ex) {
			element.sendKeys(Keys.ENTER);
		}
	}

	private void signOut() {
		browser.find(By.cssSelector("header form button[type=submit]")).click();
		browser.awaitPath("/staff/login\\?signed-out");
	}
}
