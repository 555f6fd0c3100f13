package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.beacon.broadcast.SmsText;
import org.beacon.support.Api;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff compose, preview the audience, send, and approve alerts in headless Chromium. */
class ComposeBrowserIntegrationTests extends BrowserIntegrationTest {

	@Autowired
	PasswordEncoder passwords;

	private Pipeline pipeline;

	@BeforeEach
	void citizens() {
		pipeline = new Pipeline(api());
		pipeline.enroll("both@example.org", "+22376000040", Api.json("country", "ML", "region", "ML-6"));
		pipeline.enroll("unverified-phone@example.org", "+22376000041", Api.json("country", "ML", "region", "ML-5"));
		Api.Response emailOnly = api().enroll(Api.json("email", "email-only@example.org", "phone", "+22376000042",
				"channels", List.of("EMAIL"), "locations", List.of(Api.json("country", "ML"))));
		assertThat(emailOnly.status()).isEqualTo(201);
		jdbc.update("UPDATE subscriber SET phone_verified_at = NULL WHERE email_hash = ?",
				(Object) cipher.emailLookup("unverified-phone@example.org"));
	}

	@Test
	void anOfficerComposesSeesTheAudienceAndSends() {
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/new");
		assertThat(browser.find(By.id("countries1")).isSelected()).as("the post's only country").isTrue();
		// 3 by email and 1 by SMS: counts that small are withheld, so that a preview cannot single out a citizen.
		assertAudience("fewer than 5", "fewer than 5", "fewer than 5");
		assertThat(browser.find(By.id("audience-withheld")).getText()).contains("Counts from 1 to 4");
		browser.assertAccessible().screenshot("compose").screenshotOnPhone("compose");

		fill("DEMONSTRATION_ALERT", "MODERATE", "Demonstration at the Independence Monument",
				"Avoid the area on Saturday.\nMonitor local media.");
		browser.find(By.id("smsText")).sendKeys("Beacon: avoid the Independence Monument on Saturday.");
		browser.find(By.id("titleEs")).sendKeys("Manifestación en el Monumento de la Independencia");
		browser.find(By.id("bodyEs")).sendKeys("Evite la zona el sábado.");
		click(browser.find(By.cssSelector("input[name=areaKind][value=REGIONS]")));
		new Select(browser.find(By.id("regions"))).selectByValue("ML-5");
		assertAudience("fewer than 5", "0", "fewer than 5");
		browser.screenshot("compose-filled");

		String id = send();
		assertThat(jdbc.queryForMap("SELECT status, regions::text, title_es, sms_text FROM alert WHERE id = ?::uuid",
				java.util.UUID.fromString(id)))
			.containsEntry("status", "ISSUED").containsEntry("regions", "{ML-5}")
			.containsEntry("title_es", "Manifestación en el Monumento de la Independencia")
			.containsEntry("sms_text", "Beacon: avoid the Independence Monument on Saturday.");
		pipeline.awaitSettled(id, 2, Duration.ofSeconds(40));
	}

	@Test
	void anExtremeAlertWaitsForAnotherApproverWhoApprovesIt() {
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/new");
		fill("SECURITY_ALERT", "EXTREME", "Armed clashes near the airport", "Stay where you are.");
		browser.await(page -> !browser.findAll(By.id("needs-approval")).isEmpty());
		assertThat(browser.find(By.id("needs-approval")).getText()).contains("second person").contains("Extreme");
		browser.screenshot("compose-extreme");
		String id = send();
		assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE alert_id = ?::uuid", Long.class, id))
			.isZero();

		browser.open("/staff/approvals");
		assertThat(browser.findAll(By.cssSelector("button.approve"))).as("an officer may not approve").isEmpty();
		signOut();

		browser.signInAsStaff("approver", Api.PASSWORD).open("/staff/approvals");
		WebElement card = browser.find(By.cssSelector("article[data-alert-id='" + id + "']"));
		assertThat(card.getText()).contains("Armed clashes near the airport").contains("Extreme");
		assertThat(card.findElement(By.cssSelector("tr[data-channel=EMAIL] td")).getText()).isEqualTo("3");
		assertThat(card.findElement(By.cssSelector("tr[data-channel=SMS] td")).getText()).isEqualTo("1");
		browser.assertAccessible().screenshot("approvals");

		click(card.findElement(By.cssSelector("button.approve")));
		browser.await(page -> !browser.findAll(By.cssSelector("main .alert-success")).isEmpty());
		assertThat(browser.find(By.cssSelector("main .alert-success")).getText()).contains("being delivered");
		assertThat(browser.find(By.id("no-approvals")).isDisplayed()).isTrue();
		browser.assertAccessible().screenshot("approvals-approved");
		assertThat(status(id)).isEqualTo("ISSUED");

		// The alert's page follows the delivery to its end without being reloaded.
		browser.open("/staff/alerts/" + id);
		browser.driver().executeScript("document.body.dataset.loadedOnce = 'yes'");
		browser.await(driver -> "100".equals(browser.find(By.id("progress-percent")).getText()));
		assertThat(browser.find(By.tagName("body")).getDomAttribute("data-loaded-once")).as("not reloaded")
			.isEqualTo("yes");
		browser.await(driver -> "3".equals(
				browser.find(By.cssSelector("td[data-channel=EMAIL][data-status=SENT]")).getText()));
		pipeline.awaitSettled(id, 4, Duration.ofSeconds(40));
		// The server leaves the Cancel link out of a page rendered once nothing is left to stop; the live figures do
		// not remove it. The page above may have been rendered while the delivery ran: look at one rendered after it.
		browser.open("/staff/alerts/" + id);
		assertThat(browser.findAll(By.linkText("Cancel alert\u2026"))).as("nothing left to cancel").isEmpty();
		browser.assertAccessible().screenshot("alert-approved-complete");
		signOut();

		browser.signInAsStaff(Api.ADMIN, Api.PASSWORD).open("/staff/audit?alert=" + id);
		assertThat(browser.findAll(By.cssSelector("table.audit-log tbody tr")))
			.extracting(row -> row.getDomAttribute("data-action"))
			.containsExactly("APPROVE", "SUBMIT_FOR_APPROVAL");
		browser.assertAccessible().screenshot("audit");
		browser.open("/staff/audit?user=approver");
		assertThat(browser.findAll(By.cssSelector("table.audit-log tbody tr")))
			.extracting(row -> row.getDomAttribute("data-action"))
			.contains("SIGN_IN", "APPROVE", "SIGN_OUT");
		browser.open("/staff/audit?alert=not-an-id");
		assertThat(browser.find(By.id("alert-error")).getText()).contains("alert id");
		browser.assertAccessible();
	}

	@Test
	void theAuthorOfAnAlertMayNotApproveIt() {
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES ('officer-approver', 'Officer and approver', ?, 'embassy-bamako', '{OFFICER,APPROVER}')
				ON CONFLICT DO NOTHING""", passwords.encode(Api.PASSWORD));
		String id = api().issueAlertAs("officer-approver", Api.PASSWORD, AlertsApiIntegrationTests.alert("severity",
				"EXTREME")).body().get("id").asText();

		browser.signInAsStaff("officer-approver", Api.PASSWORD).open("/staff/approvals");
		WebElement card = browser.find(By.cssSelector("article[data-alert-id='" + id + "']"));
		assertThat(card.getText()).contains("You composed this alert");
		assertThat(card.findElements(By.cssSelector("button.approve"))).isEmpty();
		browser.assertAccessible().screenshot("approvals-own");
		assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
	}

	@Test
	void mistakesAreShownBesideTheirFieldsAndNothingTypedIsLost() {
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/new");
		browser.find(By.id("body")).sendKeys("Roads to the north are closed.");
		browser.find(By.id("titleEs")).sendKeys("Carreteras cerradas");
		click(browser.find(By.cssSelector("input[name=areaKind][value=CIRCLE]")));
		browser.find(By.id("lat")).sendKeys("twelve");
		browser.find(By.id("radiusKm")).sendKeys("5000");
		sendRefused();

		assertThat(browser.path()).isEqualTo("/staff/alerts/new");
		assertThat(error("type")).isEqualTo("Choose one.");
		assertThat(error("title")).isEqualTo("Enter this.");
		assertThat(error("bodyEs")).contains("Spanish message");
		assertThat(error("lat")).contains("latitude as a number");
		assertThat(error("lon")).isEqualTo("Enter a number.");
		assertThat(error("radiusKm")).contains("between 1 and 2000");
		assertThat(browser.find(By.id("body")).getDomProperty("value")).isEqualTo("Roads to the north are closed.");
		assertThat(browser.find(By.id("lat")).getDomProperty("value")).isEqualTo("twelve");
		assertThat(browser.find(By.id("title")).getDomAttribute("aria-describedby")).isEqualTo("title-error");
		assertThat(browser.find(By.id("error-summary")).getText()).contains("There is a problem");
		browser.assertAccessible().screenshot("compose-errors");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}

	@Test
	void theSmsCounterShowsEncodingAndSegmentsAsTheServerCountsThem() {
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/new");
		WebElement sms = browser.find(By.id("smsText"));
		sms.sendKeys("x".repeat(150) + "{}[]€~");
		assertCounter("156", "GSM-7", "2");
		sms.clear();
		sms.sendKeys("⚠ Évitez le centre-ville: " + "x".repeat(50));
		assertCounter("76", "UCS-2", "2");
		browser.screenshot("compose-sms-ucs2");

		List<String> texts = new ArrayList<>();
		String gsm = "@£$¥èéùìòÇ\nØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
				+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€";
		gsm.chars().forEach(c -> texts.add(String.valueOf((char) c).repeat(81)));
		for (String other : List.of("ç", "á", "í", "ó", "ú", "`", "😀", "Ё", "\t")) {
			texts.add(other + "x".repeat(69));
			texts.add(other + "x".repeat(70));
		}
		for (int n : new int[] { 160, 161, 306, 307, 918, 919 }) {
			texts.add("a".repeat(n));
		}
		for (String text : texts) {
			@SuppressWarnings("unchecked")
			Map<String, Object> js = (Map<String, Object>) browser.driver()
				.executeScript("return window.BeaconSms.measure(arguments[0]);", text);
			SmsText java = SmsText.of(text);
			assertThat(js.get("encoding")).as("encoding of %s", text).isEqualTo(java.encoding());
			assertThat(((Number) js.get("segments")).intValue()).as("segments of %s", text).isEqualTo(java.segments());
			assertThat(((Number) js.get("characters")).intValue()).isEqualTo(text.length());
		}
	}

	private void assertCounter(String characters, String encoding, String segments) {
		browser.await(page -> browser.find(By.cssSelector("#smsText-counter [data-sms=characters]")).getText()
			.equals(characters));
		assertThat(browser.find(By.cssSelector("#smsText-counter [data-sms=encoding]")).getText()).isEqualTo(encoding);
		assertThat(browser.find(By.cssSelector("#smsText-counter [data-sms=segments]")).getText()).isEqualTo(segments);
	}

	private void assertAudience(String email, String sms, String total) {
		browser.await(page -> {
			List<WebElement> cells = browser.findAll(By.cssSelector("#audience-result tr[data-channel=EMAIL] td"));
			List<WebElement> smsCells = browser.findAll(By.cssSelector("#audience-result tr[data-channel=SMS] td"));
			return !cells.isEmpty() && !smsCells.isEmpty() && cells.get(0).getText().equals(email)
					&& smsCells.get(0).getText().equals(sms);
		});
		assertThat(browser.find(By.cssSelector("#audience-result tr[data-channel=TOTAL] td")).getText())
			.isEqualTo(total);
	}

	private void fill(String type, String severity, String title, String body) {
		page().fill(type, severity, title, body);
	}

	private String send() {
		return page().send();
	}

	private void sendRefused() {
		page().sendRefused();
	}

	private void click(WebElement element) {
		page().click(element);
	}

	private String error(String field) {
		return page().error(field);
	}

	private ComposePageDriver page() {
		return new ComposePageDriver(browser);
	}

	private void signOut() {
		browser.open("/staff");
		browser.find(By.cssSelector("header form button[type=submit]")).click();
		browser.awaitPath("/staff/login\\?signed-out");
	}

	private String status(String id) {
		return jdbc.queryForObject("SELECT status FROM alert WHERE id = ?::uuid", String.class, id);
	}
}
