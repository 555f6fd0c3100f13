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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.beacon.support.Api;
import org.beacon.support.Browser;
import org.beacon.support.BrowserAvailable;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

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
		// A check-in asks its silent citizens again every two seconds here, so that Amadou is soon called.
		beacon = EmbeddedDefaultIntegrationTests.start(Stream.concat(Arrays.stream(embedded.arguments()),
				Stream.of("--beacon.checkin.wave-interval=PT2S", "--beacon.checkin.wave-poll=PT1S"))
			.toArray(String[]::new));
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

		String cookie = browser.driver().manage().getCookieNamed("SESSION").getValue();
		HttpResponse<String> html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create(browser.url(frame))).header("Cookie", "SESSION=" + cookie).build(),
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

	/**
	 * Issue 17: a person plays the citizen in the sandbox. Amadou does not answer a check-in, so it emails him and
	 * calls him; the administrator, as his phone, presses 1 in the call, then replies "2 …" to the text, and reads
	 * each time what Beacon answered; the check-in counts his latest answer. Other staff see no way to answer.
	 */
	@Test
	void anAdministratorAnswersACheckInAsTheCitizenByPressingAKeyInTheCallAndReplyingToTheText() {
		String checkIn = startCheckIn();
		await().atMost(Duration.ofSeconds(60)).until(() -> toAmadou().stream()
			.anyMatch(message -> "VOICE".equals(message.path("channel").asText())));
		Browser browser = Browser.at(port());
		browser.signInAsStaff(Api.ADMIN, Api.PASSWORD).open("/staff/sandbox?to=%2B22376123456");

		WebElement call = phone(browser, "press 1");
		assertThat(call.getText()).startsWith("Call").contains("The call says:", "Are you safe?")
			.doesNotContain("<Gather", "<Say");
		call.findElement(By.xpath(".//button[normalize-space()='Press 1']")).click();
		WebElement pressed = browser.awaitElement(By.cssSelector(".turn"));
		assertThat(pressed.getText()).contains("You pressed 1.", "Beacon said:", "recorded that you are safe");

		WebElement text = phone(browser, "Reply 1 if you are safe");
		String textId = text.getDomAttribute("id");
		text.findElement(By.cssSelector("form.reply button[type=submit]")).click();
		WebElement empty = browser.awaitElement(By.cssSelector("#" + textId + " .turn"));
		assertThat(empty.getText()).contains("Type a reply before sending it.");
		assertThat(browser.find(By.cssSelector("#" + textId + " textarea")).getDomAttribute("aria-invalid"))
			.isEqualTo("true");
		browser.assertAccessible();

		browser.find(By.cssSelector("#" + textId + " textarea")).sendKeys("2 we need water, 3 of us");
		browser.find(By.cssSelector("#" + textId + " form.reply button[type=submit]")).click();
		WebElement replied = browser.await(page -> {
			WebElement turn = page.findElement(By.cssSelector("#" + textId + " .turn"));
			return turn.getText().contains("You replied:") ? turn : null;
		});
		assertThat(replied.getText()).contains("2 we need water, 3 of us", "Beacon answered:",
				"recorded that you need help");
		assertThat(browser.find(By.id("to")).getDomAttribute("value")).as("the filter kept").isEqualTo("+22376123456");
		browser.assertAccessible().screenshot("staff-sandbox-citizen").screenshotOnPhone("staff-sandbox-citizen");

		Api.Response counted = api.get("/api/v1/checkins/" + checkIn, Api.staff(Api.OFFICER, Api.PASSWORD));
		assertThat(counted.body().at("/counts/needHelp").asInt()).as("the latest answer wins").isEqualTo(1);
		assertThat(counted.body().at("/counts/safe").asInt()).isZero();

		Browser officer = Browser.at(port());
		officer.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/sandbox?to=%2B22376123456");
		assertThat(officer.findAll(By.cssSelector(".phone"))).isNotEmpty();
		assertThat(officer.findAll(By.cssSelector("form.reply, form.press"))).isEmpty();
	}

	/** Answering as a citizen is the administrators' alone; a bad answer is explained on the page, never a 500. */
	@Test
	void onlyAdministratorsAnswerAsACitizenAndABadAnswerIsExplained() {
		startCheckIn();
		await().atMost(Duration.ofSeconds(60)).until(() -> toAmadou().stream()
			.anyMatch(message -> message.path("body").asText().contains("Reply 1 if you are safe")));
		String root = "http://localhost:" + port();
		PageSession admin = new PageSession(root, true).signInAsStaff(Api.ADMIN, Api.PASSWORD);
		Matcher reply = Pattern.compile("action=\"(/staff/sandbox/citizen/texts/(SM[0-9a-f]{32})/reply)\"")
			.matcher(admin.get("/staff/sandbox?to=%2B22376123456").body());
		assertThat(reply.find()).as("a reply form").isTrue();

		PageSession.Page tooLong = admin.post(reply.group(1), "body", "1" + " ".repeat(1600), "to", "+22376123456");
		assertThat(tooLong.status()).isEqualTo(200);
		assertThat(tooLong.body()).contains("A reply is one text message of at most 1600 characters");
		admin.get("/staff/sandbox");
		PageSession.Page unknown = admin.post("/staff/sandbox/citizen/texts/SM0123/reply", "body", "1");
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.body()).contains("The sandbox no longer keeps this message");
		admin.get("/staff/sandbox");
		PageSession.Page badKey = admin.post("/staff/sandbox/citizen/calls/CA0123/press", "key", "9 1");
		assertThat(badKey.status()).isEqualTo(200);
		assertThat(badKey.body()).contains("Press one key of the phone");

		PageSession officer = new PageSession(root).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		officer.get("/staff/sandbox");
		assertThat(officer.post(reply.group(1), "body", "1").status()).isEqualTo(403);
		PageSession noToken = new PageSession(root).signInAsStaff(Api.ADMIN, Api.PASSWORD);
		assertThat(noToken.post(reply.group(1), "body", "1").status()).as("the CSRF token of before signing in").isEqualTo(403);
	}

	/** The texts and calls to Amadou's phone, as the administrator reads them. */
	private static List<JsonNode> toAmadou() {
		List<JsonNode> messages = new ArrayList<>();
		api.get("/api/v1/sandbox/messages", Api.staff(Api.ADMIN, Api.PASSWORD)).body().forEach(message -> {
			if ("+22376123456".equals(message.path("to").asText())) {
				messages.add(message);
			}
		});
		return messages;
	}

	private static String startCheckIn() {
		Api.Response started = api.postJson("/api/v1/checkins", Api.json("type", "SECURITY_ALERT", "severity",
				"SEVERE", "title", "Are you safe?", "body", "Fighting is reported near Bamako.", "area",
				Api.json("countries", List.of("ML")), "channels", List.of("SMS")), Api.staff(Api.OFFICER, Api.PASSWORD));
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		return started.body().get("id").asText();
	}

	/** The newest text message or call shown whose words contain {@code words}. */
	private static WebElement phone(Browser browser, String words) {
		return browser.findAll(By.cssSelector("li.phone"))
			.stream()
			.filter(phone -> phone.findElement(By.cssSelector(".bubble")).getText().contains(words))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No message saying " + words));
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
