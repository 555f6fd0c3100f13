package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.ProviderVerifier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** A citizen's whole journey through the pages, in Spanish, with the real mail and SMS stubs. */
class CitizenPagesBrowserIntegrationTests extends BrowserIntegrationTest {

	static final String EMAIL = "lucia@example.org";

	static final String PHONE = "+22376123456";

	ProviderVerifier inbox = new ProviderVerifier(SMTP, TWILIO);

	@Test
	void enrollsInSpanishVerifiesSignsInEditsATripAndDeletesTheEnrollment() {
		LocalDate today = LocalDate.now(clock);
		browser.open("/?lang=es");
		assertThat(browser.find(By.tagName("h1")).getText()).contains("Reciba alertas");
		browser.assertAccessible().screenshot("citizen-enroll-es");
		browser.find(By.id("email")).sendKeys(EMAIL);
		new Select(browser.find(By.id("phoneCountry"))).selectByValue("ML");
		browser.find(By.id("phoneNumber")).sendKeys("76 12 34 56");
		new Select(browser.find(By.id("places0.country"))).selectByValue("ML");
		// Choosing the country fills its region list in place (the page had an empty one).
		browser.awaitElement(By.cssSelector("select[id='places0.region'] option[value='ML-5']"));
		new Select(browser.find(By.id("places0.region"))).selectByValue("ML-5");
		browser.find(By.id("places0.resident1")).sendKeys(Keys.SPACE);
		browser.find(By.name("addPlace")).click();
		// Only the page that comes back has a second place; the e-mail read before it would be the page left's.
		browser.awaitElement(By.id("places1.country"));
		assertThat(browser.find(By.id("email")).getAttribute("value")).as("kept across the round trip").isEqualTo(EMAIL);
		new Select(browser.find(By.id("places1.country"))).selectByValue("FR");
		date("places1.from", today.plusDays(10));
		date("places1.to", today.plusDays(20));
		browser.find(By.id("consent1")).sendKeys(Keys.SPACE);
		browser.screenshot("citizen-enroll-es-filled");
		browser.find(By.cssSelector("button.btn-primary[name=enroll]")).click();

		browser.awaitPath("/enrolled");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Sin confirmar");
		browser.assertAccessible().screenshot("citizen-enrolled-es");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber_location", Long.class)).isEqualTo(2);

		String token = await().atMost(Duration.ofSeconds(20)).until(() -> inbox.takeLinkToken(EMAIL), Optional::isPresent)
			.orElseThrow();
		browser.open("/verify/email?t=" + token).assertAccessible().screenshot("citizen-verify-email-es");
		browser.find(By.cssSelector("main form button")).click();
		browser.await(page -> browser.find(By.tagName("main")).getText().contains("Su correo está confirmado"));
		browser.assertAccessible().screenshot("citizen-verify-email-done-es");

		String code = await().atMost(Duration.ofSeconds(20)).until(() -> TWILIO.takeVerificationCode(PHONE),
				Optional::isPresent).orElseThrow();
		browser.open("/verify/phone").assertAccessible().screenshot("citizen-verify-phone-es");
		browser.find(By.id("code")).sendKeys("000000".equals(code) ? "111111" : "000000", Keys.ENTER);
		browser.await(page -> browser.find(By.id("code-error")).getText().contains("Le quedan 4 intentos"));
		browser.assertAccessible().screenshot("citizen-verify-phone-wrong-es");
		browser.find(By.id("code")).clear();
		browser.find(By.id("code")).sendKeys(code, Keys.ENTER);
		browser.await(page -> browser.find(By.tagName("main")).getText().contains("Su número de móvil está confirmado"));
		browser.assertAccessible().screenshot("citizen-verify-phone-done-es");

		browser.open("/signin").assertAccessible().screenshot("citizen-signin-es");
		browser.find(By.id("signin-email")).sendKeys(EMAIL, Keys.ENTER);
		browser.await(page -> browser.find(By.tagName("main")).getText().contains("Si este correo está inscrito"));
		browser.assertAccessible().screenshot("citizen-signin-sent-es");
		String signIn = await().atMost(Duration.ofSeconds(20)).until(() -> inbox.takeSignInToken(EMAIL),
				Optional::isPresent).orElseThrow();
		browser.open("/signin/link?t=" + signIn).assertAccessible().screenshot("citizen-signin-link-es");
		browser.find(By.cssSelector("main form button")).click();
		browser.awaitPath("/account");
		assertThat(browser.findAll(By.cssSelector(".verification-status .text-bg-success"))).hasSize(2);
		browser.assertAccessible().screenshot("citizen-account-es");

		date("places1.to", today.plusDays(30));
		browser.find(By.cssSelector("button.btn-primary[name=save]")).sendKeys(Keys.ENTER);
		browser.await(page -> browser.find(By.tagName("main")).getText().contains("Sus cambios están guardados"));
		assertThat(jdbc.queryForObject("SELECT ends_on FROM subscriber_location WHERE country = 'FR'", LocalDate.class))
			.isEqualTo(today.plusDays(30));
		browser.assertAccessible().screenshot("citizen-account-saved-es");

		browser.find(By.cssSelector("a.btn-outline-danger")).sendKeys(Keys.ENTER);
		browser.awaitPath("/account/delete");
		browser.assertAccessible().screenshot("citizen-delete-es");
		browser.find(By.cssSelector("main form button.btn-danger")).sendKeys(Keys.ENTER);
		browser.await(page -> browser.find(By.tagName("h1")).getText().contains("Su inscripción está borrada"));
		browser.assertAccessible().screenshot("citizen-deleted-es");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).as("gone, not flagged").isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber_location", Long.class)).isZero();
	}

	@Test
	void theEnrollFormWorksWithTheKeyboardAloneAndShowsErrorsBesideFieldsKeepingWhatWasTyped() {
		browser.open("/");
		tabTo("email").sendKeys("not-an-email");
		tabTo("phoneNumber").sendKeys("+223 76 00 00 77");
		active().sendKeys(Keys.ENTER);

		browser.await(page -> !browser.findAll(By.id("email-error")).isEmpty());
		assertThat(browser.find(By.id("email-error")).getText()).contains("name@example.org");
		assertThat(browser.find(By.id("email")).getAttribute("aria-describedby")).contains("email-error");
		assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo("not-an-email");
		assertThat(browser.find(By.id("phoneNumber")).getAttribute("value")).isEqualTo("+223 76 00 00 77");
		assertThat(browser.find(By.id("consent-error")).getText()).contains("agree");
		assertThat(browser.find(By.id("place-0-country-error")).getText()).contains("Choose a country");
		browser.assertAccessible().screenshot("citizen-enroll-errors");

		tabTo("email").sendKeys(Keys.chord(Keys.CONTROL, "a"), "keys@example.org");
		tabTo("places0.country").sendKeys("Mali");
		tabTo("places0.resident1").sendKeys(Keys.SPACE);
		tabTo("consent1").sendKeys(Keys.SPACE);
		tabTo("enroll-submit").sendKeys(Keys.ENTER);

		browser.awaitPath("/enrolled");
		assertThat(jdbc.queryForObject("SELECT country FROM subscriber_location", String.class)).isEqualTo("ML");
		browser.screenshot("citizen-enrolled");
	}

	@Test
	void theSmsAndUnsubscribePagesExplainAndWork() {
		browser.open("/sms").assertAccessible().screenshot("citizen-sms");
		assertThat(browser.find(By.tagName("main")).getText()).contains("STOP", "START");
	}

	private WebElement active() {
		return browser.driver().switchTo().activeElement();
	}

	/** Presses Tab until the element with this id has the focus. */
	private WebElement tabTo(String id) {
		for (int i = 0; i < 400; i++) {
			WebElement focused = active();
			if (id.equals(focused.getAttribute("id"))) {
				return focused;
			}
			new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		}
		throw new AssertionError("Tab never reached #" + id);
	}

	private void date(String id, LocalDate value) {
		browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)), value.toString());
	}
}
