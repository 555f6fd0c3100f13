package org.beacon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.beacon.support.Api;
import org.beacon.support.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class StaffSignInBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void staffSignInWithTheFormAndOut() {
		browser.open("/staff/login").assertAccessible().screenshot("staff-login");
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD);
		assertThat(browser.path()).isEqualTo("/staff");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("U.S. Embassy Bamako");
		browser.assertAccessible().screenshot("staff-dashboard").screenshotOnPhone("staff-dashboard");

		browser.find(By.cssSelector("header form button[type=submit]")).click();
		browser.awaitPath("/staff/login\\?signed-out");
		assertThat(browser.find(By.cssSelector("main [role=status]")).getText()).contains("signed out");
		browser.open("/staff");
		assertThat(browser.path()).isEqualTo("/staff/login");
	}

	@Test
	void wrongPasswordIsRefusedInTheChosenLanguage() {
		browser.open("/staff/login").find(By.linkText("Español")).click();
		// Typed into the English page still shown, the name would be lost when the Spanish one replaces it.
		browser.awaitPath("/staff/login\\?lang=es");
		browser.find(By.id("username")).sendKeys(Api.OFFICER);
		browser.find(By.id("password")).sendKeys("not-the-password");
		browser.find(By.cssSelector("main form button[type=submit]")).click();

		// Only the answer has an alert; the page left had none.
		String refusal = browser.awaitElement(By.cssSelector("main [role=alert]")).getText();
		assertThat(browser.path()).isEqualTo("/staff/login?error");
		assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
		assertThat(refusal).contains("no son correctos");
		browser.assertAccessible().screenshot("staff-login-error-es");
	}

	@Test
	void refusesFurtherAttemptsAfterRepeatedFailuresEvenWithTheRightPassword() {
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES ('throttle-probe', 'Probe', ?, 'embassy-bamako', ARRAY['OFFICER'])
				ON CONFLICT (username) DO NOTHING""", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("right-password"));
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn("throttle-probe", "wrong-" + attempt);
			assertThat(browser.path()).isEqualTo("/staff/login?error");
		}
		signIn("throttle-probe", "right-password");

		assertThat(browser.path()).isEqualTo("/staff/login?throttled");
		assertThat(browser.find(By.cssSelector("main [role=alert]")).getText()).contains("Too many failed attempts");
	}

	@Test
	void pagesSendAStrictContentSecurityPolicyAndNoReferrer() {
		ResponseEntity<String> page = http.getForEntity("/staff/login", String.class);

		HttpHeaders headers = page.getHeaders();
		assertThat(headers.getFirst("Content-Security-Policy")).contains("script-src 'self';")
			.contains("style-src 'self';")
			.doesNotContain("unsafe-inline");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.getBody()).doesNotContain("<script>").doesNotContain(" style=\"").contains("name=\"_csrf\"");
	}

	@Test
	void staffPagesAskForTheStaffSignInAndACitizensAccountForASignInLinkWhateverTheClientAccepts() throws Exception {
		assertThat(redirectOf("/staff", "*/*")).isEqualTo("/staff/login");
		assertThat(redirectOf("/staff/alerts/new", "text/html")).isEqualTo("/staff/login");
		assertThat(redirectOf("/account", "*/*")).isEqualTo("/signin");
		assertThat(redirectOf("/account", "text/html")).isEqualTo("/signin");
	}

	private String redirectOf(String path, String accept) throws Exception {
		// The JDK client follows no redirect unless told to.
		HttpResponse<Void> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(browser.url(path))).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(302);
		return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	@Test
	void unknownPagesAreAPageInTheVisitorsLanguageAndApiPathsAProblem() {
		browser.open("/no-such-page?lang=es");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
		browser.assertAccessible().screenshot("not-found-es");

		assertThat(http.getForEntity("/api/v1/no-such-thing", String.class).getHeaders().getContentType())
			.hasToString("application/problem+json");
	}

	/** Submits the sign-in form and waits for the sign-in page that says why it refused. */
	private void signIn(String username, String password) {
		browser.open("/staff/login");
		browser.find(By.id("username")).sendKeys(username);
		browser.find(By.id("password")).sendKeys(password);
		browser.find(By.cssSelector("main form button[type=submit]")).click();
		browser.awaitPath("/staff/login\\?(error|throttled)");
	}
}
