package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.beacon.support.Api;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.ProviderVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What the account page tells a signed-in citizen after saving: only what concerns what they changed, with their
 * number as it is read; and the code page leads back to the account.
 */
class AccountFeedbackBrowserIntegrationTests extends BrowserIntegrationTest {

	static final String EMAIL = "lucia@example.org";

	ProviderVerifier inbox = new ProviderVerifier(SMTP, TWILIO);

	@BeforeEach
	void enrolledAndConfirmed() {
		Api.Response enrolled = api().enroll(Api.json("email", EMAIL, "phone", "+22376123456", "channels",
				List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML"))));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
		signIn();
	}

	@Test
	void savingWithTheSameEmailAndPhoneSaysOnlyThatTheChangesAreSaved() {
		assertThat(browser.find(By.cssSelector(".verification-status")).getText()).contains("+223 76 12 34 56")
			.doesNotContain("+22376123456");
		browser.assertAccessible().screenshot("account-phone-formatted").screenshotOnPhone("account-phone-formatted");

		browser.find(By.id("locale-es")).click();
		browser.find(By.cssSelector("button.btn-primary[name=save]")).click();

		assertThat(saved().getText()).isEqualTo("Your changes are saved.");
		browser.assertAccessible().screenshot("account-saved").screenshotOnPhone("account-saved");
	}

	@Test
	void savingANewEmailSaysToConfirmTheAddressAndNothingAboutThePhone() {
		WebElement email = browser.find(By.id("email"));
		email.clear();
		email.sendKeys("lucia.new@example.org");
		browser.find(By.cssSelector("button.btn-primary[name=save]")).click();

		assertThat(saved().getText()).isEqualTo("Your changes are saved.\n"
				+ "Your new email address must be confirmed before alerts reach it: open the link we email to it.");
		browser.assertAccessible().screenshot("account-saved-email").screenshotOnPhone("account-saved-email");
	}

	@Test
	void savingANewPhoneSaysToConfirmTheNumberAndTheCodePageLeadsBackToTheAccount() {
		// Past the minute within which no second code is sent (the enrollment's went to the old number).
		clock.advance(Duration.ofMinutes(2));
		WebElement phone = browser.find(By.id("phoneNumber"));
		phone.clear();
		phone.sendKeys("76 55 44 33");
		browser.find(By.cssSelector("button.btn-primary[name=save]")).click();

		WebElement saved = saved();
		assertThat(saved.getText()).isEqualTo("Your changes are saved.\n"
				+ "Your new mobile number must be confirmed before alerts reach it. Enter the SMS code");
		browser.assertAccessible().screenshot("account-saved-phone").screenshotOnPhone("account-saved-phone");

		saved.findElement(By.cssSelector("a[href='/verify/phone']")).click();
		browser.awaitPath("/verify/phone");
		assertThat(browser.find(By.cssSelector(".verification-status")).getText()).contains("+223 76 55 44 33");
		String code = await().atMost(Duration.ofSeconds(20))
			.until(() -> TWILIO.takeVerificationCode("+22376554433"), Optional::isPresent)
			.orElseThrow();
		browser.find(By.id("code")).sendKeys(code, Keys.ENTER);
		WebElement next = browser.awaitElement(By.id("next-step"));
		assertThat(next.getText()).isEqualTo("Back to your alerts");
		browser.assertAccessible().screenshot("verify-phone-back-to-account");
		next.click();
		browser.awaitPath("/account");
	}

	@Test
	void theCitizenTurnsTripBriefingsOffAndOnAgain() {
		WebElement section = browser.find(By.id("briefings-heading")).findElement(By.xpath(".."));
		section.findElement(By.cssSelector("button[type=submit]")).click();

		browser.awaitElement(By.cssSelector("main .alert-info[role=status]"));
		assertThat(jdbc.queryForObject("SELECT briefings FROM subscriber WHERE email_hash = ?", Boolean.class,
				cipher.emailLookup(EMAIL)))
			.isFalse();
		WebElement turnOn = browser.find(By.id("briefings-heading")).findElement(By.xpath(".."))
			.findElement(By.cssSelector("button[type=submit]"));
		browser.assertAccessible().screenshot("account-briefings-off");

		turnOn.click();
		browser.awaitElement(By.cssSelector("main .alert-success[role=status]"));
		assertThat(jdbc.queryForObject("SELECT briefings FROM subscriber WHERE email_hash = ?", Boolean.class,
				cipher.emailLookup(EMAIL)))
			.isTrue();
	}

	/** The notice of the page the save led to: only that page has one. */
	private WebElement saved() {
		return browser.awaitElement(By.cssSelector("main .alert-success"));
	}

	private void signIn() {
		browser.open("/signin");
		browser.find(By.id("signin-email")).sendKeys(EMAIL, Keys.ENTER);
		browser.awaitElement(By.cssSelector("main .alert-info"));
		String token = await().atMost(Duration.ofSeconds(20)).until(() -> inbox.takeSignInToken(EMAIL),
				Optional::isPresent).orElseThrow();
		browser.open("/signin/link?t=" + token);
		browser.find(By.cssSelector("main form button")).click();
		browser.awaitPath("/account");
	}
}
