package org.beacon.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.beacon.support.BrowserIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Staff passkeys in Chromium, with Chrome's virtual authenticator standing in for a phone or a laptop's screen lock:
 * a platform authenticator (CTAP2, internal transport) that keeps discoverable credentials and verifies its user.
 */
class PasskeyBrowserIntegrationTests extends BrowserIntegrationTest {

	private static final String USERNAME = "passkey-officer";

	private VirtualAuthenticator authenticator;

	@BeforeEach
	void staffAccountAndAuthenticator() {
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, 'Pat Passkey', ?, 'embassy-bamako', ARRAY['OFFICER'])
				ON CONFLICT (username) DO NOTHING""", USERNAME,
				PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("right-password"));
		authenticator = browser.driver().addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true));
	}

	@AfterEach
	void removeAuthenticator() {
		browser.driver().removeVirtualAuthenticator(authenticator);
	}

	@Test
	void staffRegisterAPasskeyOnTheirAccountPageAndSignInWithItAlone() {
		browser.signInAsStaff(USERNAME, "right-password");
		browser.find(By.linkText("Your account")).click();
		browser.awaitPath("/staff/account");
		assertThat(browser.find(By.id("no-passkeys")).getText()).contains("no passkey");

		browser.find(By.id("passkey-label")).sendKeys("Work laptop");
		browser.find(By.id("passkey-register")).click();
		browser.awaitPath("/staff/account\\?passkey-added");
		assertThat(browser.find(By.id("passkey-added")).getText()).contains("Passkey added");
		assertThat(browser.find(By.cssSelector("#passkeys tbody")).getText()).contains("Work laptop");
		assertThat(authenticator.getCredentials()).hasSize(1);
		browser.assertAccessible().screenshot("staff-account-passkeys");

		browser.find(By.cssSelector("header form button[type=submit]")).click();
		browser.awaitPath("/staff/login\\?signed-out");
		browser.screenshot("staff-login-passkey");
		browser.awaitElement(By.id("passkey-signin")).click();

		browser.awaitPath("/staff");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("U.S. Embassy Bamako");
		browser.screenshot("staff-dashboard-after-passkey");
		assertThat(audit()).containsSubsequence("PASSKEY_REGISTER Work laptop", "SIGN_OUT null", "SIGN_IN passkey");

		browser.open("/staff/account");
		browser.find(By.cssSelector("#passkeys tbody form button")).click();
		browser.awaitPath("/staff/account\\?passkey-deleted");
		assertThat(browser.find(By.id("no-passkeys")).isDisplayed()).isTrue();
		assertThat(audit()).endsWith("PASSKEY_DELETE Work laptop");
	}

	@Test
	void aPasskeyThatBeaconDoesNotKnowSignsNobodyIn() {
		browser.signInAsStaff(USERNAME, "right-password");
		browser.open("/staff/account");
		browser.find(By.id("passkey-label")).sendKeys("Forgotten key");
		browser.find(By.id("passkey-register")).click();
		browser.awaitPath("/staff/account\\?passkey-added");
		// Deleted by the account's owner: the authenticator still holds the key, Beacon no longer trusts it.
		browser.find(By.cssSelector("#passkeys tbody form button")).click();
		browser.awaitPath("/staff/account\\?passkey-deleted");
		browser.find(By.cssSelector("header form button[type=submit]")).click();
		browser.awaitPath("/staff/login\\?signed-out");

		browser.find(By.id("passkey-signin")).click();

		WebElement refusal = browser.awaitElement(By.id("passkey-failed"));
		assertThat(refusal.getText()).contains("did not work");
		assertThat(browser.path()).startsWith("/staff/login");
		browser.open("/staff");
		assertThat(browser.path()).isEqualTo("/staff/login");
	}

	@Test
	void staffTurnOnAnAuthenticatorAppWithAFirstCodeAndSeeTheirRecoveryCodesOnce() {
		browser.signInAsStaff(USERNAME, "right-password");
		browser.open("/staff/account");
		browser.find(By.id("totp-enrol")).click();
		String secret = browser.awaitElement(By.id("totp-secret")).getText();
		assertThat(browser.find(By.id("totp-uri")).getDomAttribute("href")).startsWith("otpauth://totp/")
			.contains("secret=" + secret);
		assertThat(browser.find(By.cssSelector("#totp-enrolment svg path")).getDomAttribute("d")).startsWith("M");
		browser.assertAccessible().screenshot("staff-account-totp-enrol");

		browser.find(By.id("totp-code")).sendKeys("12345");
		browser.find(By.id("totp-confirm")).click();
		assertThat(browser.awaitElement(By.id("totp-code-error")).getText()).contains("not the app's current code");
		String code = new TimeBasedCodes().code(new org.apache.commons.codec.binary.Base32().decode(secret),
				clock.instant());
		browser.find(By.id("totp-code")).sendKeys(code);
		browser.find(By.id("totp-confirm")).click();

		browser.awaitPath("/staff/account\\?totp-enabled#totp");
		assertThat(browser.findAll(By.cssSelector("#recovery-codes li"))).hasSize(10);
		assertThat(browser.find(By.id("totp-status")).getText()).contains("10 recovery codes left");
		browser.assertAccessible().screenshot("staff-account-recovery-codes");
		browser.open("/staff/account");
		assertThat(browser.findAll(By.id("recovery-codes"))).as("shown once").isEmpty();

		browser.find(By.id("totp-disable")).click();
		browser.awaitPath("/staff/account\\?totp-disabled#totp");
		assertThat(audit()).endsWith("TOTP_ENABLE null", "TOTP_DISABLE null");
	}

	private List<String> audit() {
		return jdbc.queryForList("SELECT action || ' ' || COALESCE(detail, 'null') FROM staff_audit WHERE username = ?"
				+ " ORDER BY id", String.class, USERNAME);
	}
}
