package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.beacon.support.Api;
import org.beacon.support.Browser;
import org.beacon.support.BrowserAvailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sandbox outbox exists only on the embedded default, so this starts Beacon as {@code mvn spring-boot:run} does
 * (like {@link EmbeddedDefaultIntegrationTests}), once for the class, and reads what the sandboxes received in the
 * browser. Amadou enrolled for Mali, by email and SMS, so the outbox holds his verification email and text message.
 */
@ExtendWith(BrowserAvailable.class)
class SandboxOutboxBrowserIntegrationTests {

	private static final String VERIFY = "Confirm your email address for Beacon alerts";

	@TempDir
	static Path data;

	private static ConfigurableApplicationContext beacon;

	private static Api api;

	@BeforeAll
	static void startBeaconAndEnrollAmadou() throws Exception {
		EmbeddedDefaultIntegrationTests embedded = new EmbeddedDefaultIntegrationTests();
		embedded.data = data;
		beacon = EmbeddedDefaultIntegrationTests.start(embedded.arguments());
		api = EmbeddedDefaultIntegrationTests.api(beacon);
		api.enroll(Api.json("email", "amadou@example.org", "phone", "+223 76 12 34 56", "channels",
				List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML"))));
	}

	@AfterAll
	static void stopBeacon() {
		if (beacon != null) {
			beacon.close();
		}
	}

	@Test
	void showsTextMessagesAsBubblesAndEmailsInASandboxedFrameWithRecipientsMasked() throws Exception {
		api.issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "SEVERE", "title", "Curfew in Mopti", "body",
				"Stay indoors after 8 p.m.", "area", Api.json("countries", List.of("ML")), "channels",
				List.of("EMAIL", "SMS")));
		await().atMost(Duration.ofSeconds(60)).until(() -> api
			.get("/api/v1/sandbox/messages", Api.staff(Api.OFFICER, Api.PASSWORD)).body().findValuesAsText("body")
			.stream().filter(body -> body.contains("Curfew in Mopti")).count() == 2);
		Browser browser = Browser.at(port());

		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/sandbox");

		assertThat(browser.findAll(By.cssSelector(".bubble"))).extracting(bubble -> bubble.getText())
			.anyMatch(text -> text.contains("Curfew in Mopti"));
		assertThat(browser.findAll(By.cssSelector(".phone"))).extracting(phone -> phone.getText())
			.anyMatch(text -> text.contains("1 segment(s), GSM-7"))
			.noneMatch(text -> text.contains("+22376123456"));
		assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("amadou@example.org");
		String frame = emailFrame(browser, "Curfew in Mopti").getDomAttribute("src");
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

	/** Issue 14: the plain-text emails were blank frames, and a newcomer could not find their own messages. */
	@Test
	void showsTheVerificationEmailInItsFrameAndFindsAmadousMessagesByHisWholeAddressOrNumber() {
		await().atMost(Duration.ofSeconds(60)).until(() -> api
			.get("/api/v1/sandbox/messages?to=amadou@example.org", Api.staff(Api.ADMIN, Api.PASSWORD)).body()
			.findValuesAsText("subject").contains(VERIFY));
		Browser browser = Browser.at(port());
		browser.signInAsStaff(Api.ADMIN, Api.PASSWORD).open("/staff/sandbox");
		assertThat(frameText(browser, emailFrame(browser, VERIFY))).contains("Open this link to confirm",
				"/verify/email?t=");

		browser = Browser.at(port());
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/sandbox");
		assertThat(frameText(browser, emailFrame(browser, VERIFY))).contains("Open this link to confirm",
				"[link hidden]").doesNotContain("?t=");

		filter(browser, "Amadou@Example.org");
		assertThat(browser.awaitElement(By.id("filter-result")).getText()).matches("\\d+ messages? to this recipient\\.");
		assertThat(browser.findAll(By.cssSelector(".phone"))).isEmpty();
		assertThat(browser.findAll(By.cssSelector("article.card"))).isNotEmpty()
			.allMatch(email -> email.getText().contains("To a***@example.org"));
		assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("amadou@example.org");
		assertThat(frameText(browser, emailFrame(browser, VERIFY))).contains("[link hidden]");
		browser.assertAccessible().screenshot("staff-sandbox-by-email").screenshotOnPhone("staff-sandbox-by-email");

		filter(browser, "76 12 34 56");
		assertThat(browser.awaitElement(By.id("filter-result")).getText()).matches("\\d+ messages? to this recipient\\.");
		assertThat(browser.findAll(By.cssSelector("iframe.email-frame"))).isEmpty();
		assertThat(browser.findAll(By.cssSelector(".phone"))).isNotEmpty()
			.allMatch(phone -> phone.getText().contains("To +223******56"));
		assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("+22376123456");
		browser.assertAccessible().screenshot("staff-sandbox-by-phone").screenshotOnPhone("staff-sandbox-by-phone");

		filter(browser, "nobody@example.org");
		assertThat(browser.awaitElement(By.id("filter-result")).getText()).startsWith("No message to this recipient.");

		filter(browser, "amadou");
		WebElement to = browser.find(By.id("to"));
		assertThat(browser.awaitElement(By.id("to-error")).getText()).startsWith("Type a whole email address");
		assertThat(to.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(to.getDomAttribute("aria-describedby")).contains("to-error");
		browser.assertAccessible().screenshot("staff-sandbox-filter-error");
	}

	/** Types {@code recipient} in the filter and waits for the page it answers with. */
	private static void filter(Browser browser, String recipient) {
		WebElement to = browser.find(By.id("to"));
		to.clear();
		to.sendKeys(recipient);
		browser.find(By.cssSelector("form[role=search] button[type=submit]")).click();
		browser.awaitPath("/staff/sandbox\\?to=" + Pattern.quote(URLEncoder.encode(recipient, StandardCharsets.UTF_8)));
	}

	private static WebElement emailFrame(Browser browser, String subject) {
		return browser.findAll(By.cssSelector("iframe.email-frame"))
			.stream()
			.filter(candidate -> candidate.getDomAttribute("title").contains(subject))
			.findFirst()
			.orElseThrow();
	}

	/** The text the frame shows, as the browser rendered it. */
	private static String frameText(Browser browser, WebElement frame) {
		browser.driver().executeScript("arguments[0].scrollIntoView()", frame);
		browser.driver().switchTo().frame(frame);
		try {
			return browser.await(page -> {
				String text = page.findElement(By.tagName("body")).getText();
				return text.isBlank() ? null : text;
			});
		}
		finally {
			browser.driver().switchTo().defaultContent();
		}
	}

	private static int port() {
		return Integer.parseInt(beacon.getEnvironment().getProperty("local.server.port"));
	}
}
