package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.beacon.broadcast.SmsText;
import org.beacon.support.Api;
import org.beacon.support.Browser;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The compose page sends what it shows, once: Back then Send cannot alert people twice, an alert that reaches no one
 * needs a confirmation, and the SMS counter measures the SMS that will be sent.
 */
class ComposeSendsOnceBrowserIntegrationTests extends BrowserIntegrationTest {

	private static final String TITLE = "Demonstration at the Independence Monument";

	private Pipeline pipeline;

	private ComposePageDriver page;

	@BeforeEach
	void citizensInSegou() {
		pipeline = new Pipeline(api());
		pipeline.enroll("first@example.org", "+22376000061", Api.json("country", "ML", "region", "ML-4"));
		pipeline.enroll("second@example.org", "+22376000062", Api.json("country", "ML", "region", "ML-4"));
		page = new ComposePageDriver(browser);
	}

	@Test
	void backAfterSendingSaysTheFormWasSentAndSendingItAgainSendsNothing() {
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/new");
		String key = browser.awaitPath("/staff/alerts/new\\?submission=(" + Browser.UUID + ")").group(1);
		page.fill("DEMONSTRATION_ALERT", "MODERATE", TITLE, "Avoid the area on Saturday.");
		String id = page.send();
		assertThat(browser.find(By.cssSelector("main .alert-success")).getText()).contains("sent");

		browser.driver().navigate().back();
		WebElement notice = browser.awaitElement(By.id("already-sent"));
		assertThat(browser.path()).isEqualTo("/staff/alerts/new?submission=" + key);
		assertThat(notice.getText()).contains("already sent").contains(TITLE).contains("cannot be sent again");
		assertThat(browser.findAll(By.cssSelector("form.compose-form"))).as("no form to send again").isEmpty();
		assertThat(notice.findElement(By.linkText("See the alert")).getDomAttribute("href"))
			.isEqualTo("/staff/alerts/" + id);
		browser.assertAccessible().screenshot("compose-already-sent").screenshotOnPhone("compose-already-sent");

		// A tab that still shows the form sends it again: the officer is shown the first alert, and nothing is sent.
		postFormAgain(key, "A changed title");
		String shown = browser.awaitPath("/staff/alerts/(?!new)(" + Browser.UUID + ")").group(1);
		assertThat(shown).isEqualTo(id);
		assertThat(browser.find(By.cssSelector("main .alert-success")).getText()).contains("already been sent");

		pipeline.awaitSettled(id, 4, Duration.ofSeconds(40));
		awaitPipelineIdle();
		assertThat(jdbc.queryForList("SELECT title FROM alert", String.class)).containsExactly(TITLE);
		assertThat(TWILIO.messagesTo("+22376000061").stream().filter(sms -> sms.get("Body").contains("Independence")))
			.hasSize(1);

		browser.find(By.linkText("New alert")).click();
		assertThat(browser.awaitPath("/staff/alerts/new\\?submission=(" + Browser.UUID + ")").group(1))
			.as("a new form has a new key").isNotEqualTo(key);
	}

	@Test
	void anAlertThatWouldReachNoOneIsSentOnlyOnceTheOfficerConfirmsIt() {
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/new");
		page.fill("SECURITY_ALERT", "SEVERE", "Flooding in Kayes", "Avoid the river banks.");
		page.chooseRegion("ML-1");
		WebElement preview = page.awaitTotal("0");
		assertThat(preview.findElement(By.id("no-recipients")).getText()).contains("No enrolled citizen");
		browser.assertAccessible().screenshot("compose-no-one").screenshotOnPhone("compose-no-one");

		page.sendRefused();
		WebElement summary = browser.find(By.id("error-summary"));
		assertThat(summary.getText()).contains("No one would receive this alert now");
		assertThat(summary.findElement(By.cssSelector("a[href='#sendToNoOne']")).isDisplayed()).isTrue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
		browser.assertAccessible().screenshot("compose-no-one-refused");

		page.click(page.awaitTotal("0").findElement(By.id("sendToNoOne")));
		String id = page.send();
		assertThat(jdbc.queryForObject("SELECT status FROM alert WHERE id = ?::uuid", String.class, id))
			.isEqualTo("ISSUED");
		pipeline.awaitSettled(id, 0, Duration.ofSeconds(40));
	}

	@Test
	void thePreviewCountsTheFormAsTheBrowserRestoresItAfterBack() {
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/new");
		page.chooseRegion("ML-1");
		page.awaitTotal("0");

		browser.open("/staff");
		browser.driver().navigate().back();
		browser.awaitElement(By.cssSelector("form.compose-form"));

		// Whatever the browser restored, the preview counts it: Kayes reaches no one, the whole of Mali four.
		browser.await(driver -> {
			boolean kayes = browser.find(By.cssSelector("input[name=areaKind][value=REGIONS]")).isSelected()
					&& browser.findAll(By.cssSelector("#regions option:checked")).stream()
						.map(option -> option.getDomProperty("value")).toList().equals(List.of("ML-1"));
			List<WebElement> total = browser.findAll(By.cssSelector("#audience-result tr[data-channel=TOTAL] td"));
			return !total.isEmpty() && total.get(0).getText().equals(kayes ? "0" : "fewer than 5");
		});
	}

	@Test
	void leftEmptyTheSmsCounterShowsTheSmsMadeFromTitleAndMessage() {
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/new");
		WebElement derived = browser.find(By.id("smsText-derived"));
		assertThat(derived.isDisplayed()).isFalse();
		String body = "Demonstrations are expected near the Independence Monument on Saturday. ".repeat(8);
		page.fill("DEMONSTRATION_ALERT", "MODERATE", TITLE, body);

		SmsText expected = SmsText.derive("U.S. Embassy Bamako", TITLE, body.strip(), 3);
		assertThat(expected.text()).endsWith("...");
		browser.await(driver -> derived.isDisplayed()
				&& derived.findElement(By.cssSelector("[data-sms=derived-text]")).getText().equals(expected.text()));
		assertCounter(String.valueOf(expected.text().length()), "GSM-7", "3");
		browser.assertAccessible().screenshot("compose-sms-derived").screenshotOnPhone("compose-sms-derived");

		browser.find(By.id("smsText")).sendKeys("Avoid the monument.");
		assertCounter("19", "GSM-7", "1");
		assertThat(derived.isDisplayed()).as("a typed SMS is sent as typed").isFalse();
		browser.find(By.id("smsText")).clear();
		browser.find(By.id("title")).sendKeys(" ");
		assertCounter(String.valueOf(expected.text().length()), "GSM-7", "3");

		for (String[] sample : List.of(new String[] { "Curfew.", "Stay  indoors\n\nafter 8 p.m." },
				new String[] { "Couvre-feu à Ségou", "Restez chez vous ⚠ après 20 h." },
				new String[] { "Alert", "word ".repeat(400) }, new String[] { "x".repeat(200), "y".repeat(600) },
				new String[] { "Title", "a".repeat(137) }, new String[] { "Title", "a".repeat(138) })) {
			Object js = browser.driver().executeScript("return window.BeaconSms.derive(arguments[0], arguments[1], "
					+ "arguments[2], 3);", "U.S. Embassy Bamako", sample[0], sample[1]);
			assertThat(js).as("derived from %s", List.of(sample))
				.isEqualTo(SmsText.derive("U.S. Embassy Bamako", sample[0], sample[1], 3).text());
		}

		String id = page.send();
		assertThat(jdbc.queryForObject("SELECT sms_text FROM alert WHERE id = ?::uuid", String.class,
				UUID.fromString(id))).isEqualTo(expected.text());
		pipeline.awaitSettled(id, 4, Duration.ofSeconds(40));
	}

	private void assertCounter(String characters, String encoding, String segments) {
		browser.await(driver -> browser.find(By.cssSelector("#smsText-counter [data-sms=characters]")).getText()
			.equals(characters));
		assertThat(browser.find(By.cssSelector("#smsText-counter [data-sms=encoding]")).getText()).isEqualTo(encoding);
		assertThat(browser.find(By.cssSelector("#smsText-counter [data-sms=segments]")).getText()).isEqualTo(segments);
	}

	/** Posts the compose form with a key already used, as a second tab still showing the form would. */
	private void postFormAgain(String key, String title) {
		browser.driver().executeScript("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = '/staff/alerts/new';
				const fields = {submission: arguments[0], title: arguments[1], body: 'Avoid the area.',
				    type: 'DEMONSTRATION_ALERT', severity: 'MODERATE', areaKind: 'COUNTRIES', countries: 'ML',
				    channels: 'EMAIL', _csrf: document.querySelector('input[name=_csrf]').value};
				for (const [name, value] of Object.entries(fields)) {
				  const input = document.createElement('input');
				  input.type = 'hidden';
				  input.name = name;
				  input.value = value;
				  form.appendChild(input);
				}
				document.body.appendChild(form);
				form.submit();""", key, title);
	}
}
