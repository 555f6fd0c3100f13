package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.beacon.support.Api;
import org.beacon.support.Browser;
import org.beacon.support.BrowserAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sandbox outbox exists only on the embedded default, so this starts Beacon as {@code mvn spring-boot:run} does
 * (like {@link EmbeddedDefaultIntegrationTests}) and reads what the sandboxes received in the browser.
 */
@ExtendWith(BrowserAvailable.class)
class SandboxOutboxBrowserIntegrationTests {

	@TempDir
	Path data;

	@Test
	void showsTextMessagesAsBubblesAndEmailsInASandboxedFrameWithRecipientsMasked() throws Exception {
		EmbeddedDefaultIntegrationTests embedded = new EmbeddedDefaultIntegrationTests();
		embedded.data = data;
		try (ConfigurableApplicationContext beacon = EmbeddedDefaultIntegrationTests.start(embedded.arguments())) {
			Api api = EmbeddedDefaultIntegrationTests.api(beacon);
			api.enroll(Api.json("email", "amadou@example.org", "phone", "+223 76 12 34 56", "channels",
					List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML"))));
			api.issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "SEVERE", "title", "Curfew in Mopti", "body",
					"Stay indoors after 8 p.m.", "area", Api.json("countries", List.of("ML")), "channels",
					List.of("EMAIL", "SMS")));
			// The inbox also holds the verification code and link the citizen received when enrolling.
			await().atMost(Duration.ofSeconds(60)).until(() -> api
				.get("/api/v1/sandbox/messages", Api.staff(Api.OFFICER, Api.PASSWORD)).body().findValuesAsText("body")
				.stream().filter(body -> body.contains("Curfew in Mopti")).count() == 2);
			int port = Integer.parseInt(beacon.getEnvironment().getProperty("local.server.port"));
			Browser browser = Browser.at(port);

			browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/sandbox");

			assertThat(browser.findAll(By.cssSelector(".bubble"))).extracting(bubble -> bubble.getText())
				.anyMatch(text -> text.contains("Curfew in Mopti"));
			assertThat(browser.findAll(By.cssSelector(".phone"))).extracting(phone -> phone.getText())
				.anyMatch(text -> text.contains("1 segment(s), GSM-7"))
				.noneMatch(text -> text.contains("+22376123456"));
			assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("amadou@example.org");
			String frame = browser.findAll(By.cssSelector("iframe.email-frame"))
				.stream()
				.filter(candidate -> candidate.getDomAttribute("title").contains("Curfew in Mopti"))
				.findFirst()
				.orElseThrow()
				.getDomAttribute("src");
			assertThat(browser.find(By.cssSelector("iframe.email-frame")).getDomAttribute("sandbox")).isEmpty();
			browser.assertAccessible().screenshot("staff-sandbox").screenshotOnPhone("staff-sandbox");

			String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
			HttpResponse<String> html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create(browser.url(frame))).header("Cookie", "JSESSIONID=" + cookie).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(html.statusCode()).isEqualTo(200);
			assertThat(html.body()).contains("Curfew in Mopti");
			assertThat(html.headers().allValues("Content-Security-Policy")).hasSize(1)
				.allMatch(policy -> policy.startsWith("default-src 'none'") && policy.endsWith("sandbox"));
		}
	}
}
