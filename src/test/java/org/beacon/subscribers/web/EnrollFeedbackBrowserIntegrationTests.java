package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.text.Collator;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.beacon.support.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What the enroll form tells a citizen after a failed attempt, what its phone picker offers, and how the citizen's
 * number reads and where the code page leads after enrolling.
 */
class EnrollFeedbackBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void aFailedEnrollmentPutsTheFocusOnTheListOfErrorsEachLinkedToItsField() {
		browser.open("/");
		browser.find(By.id("email")).sendKeys("not-an-email");
		browser.find(By.id("enroll-submit")).click();

		WebElement summary = browser.awaitElement(By.id("error-summary"));
		browser.await(page -> "error-summary".equals(focused().getDomAttribute("id")));
		List<WebElement> links = summary.findElements(By.tagName("a"));
		assertThat(links).extracting(link -> link.getDomAttribute("href"))
			.containsExactly("#email", "#phoneNumber", "#places0.country", "#consent1");
		assertThat(links.get(0).getText()).isEqualTo("Email address: Enter an email address like name@example.org.");
		browser.assertAccessible().screenshot("enroll-error-summary").screenshotOnPhone("enroll-error-summary");

		for (String field : List.of("email", "phoneNumber", "places0.country", "consent1")) {
			WebElement control = browser.find(By.id(field));
			assertThat(control.getDomAttribute("aria-invalid")).as(field).isEqualTo("true");
			assertThat(describedBy(control)).as("what describes " + field).anyMatch(text -> !text.isBlank()
					&& browser.find(By.cssSelector("a[href='#" + field + "']")).getText().endsWith(text));
		}
		WebElement fine = browser.find(By.id("emergencyName"));
		assertThat(fine.getDomAttribute("aria-invalid")).as("a field without error").isNull();
		assertThat(fine.getDomAttribute("aria-describedby")).as("no error to point to").isNull();

		browser.find(By.cssSelector("#error-summary a[href='#places0.country']")).click();
		browser.await(page -> "places0.country".equals(focused().getDomAttribute("id")));
	}

	@Test
	void theErrorSummaryNamesThePlaceAndTheFieldInSpanish() {
		browser.open("/?lang=es");
		browser.find(By.id("email")).sendKeys("ana@example.org");
		new Select(browser.find(By.id("phoneCountry"))).selectByValue("ML");
		browser.find(By.id("phoneNumber")).sendKeys("76 12 34 56");
		new Select(browser.find(By.id("places0.country"))).selectByValue("FR");
		browser.find(By.id("consent1")).click();
		browser.find(By.id("enroll-submit")).click();

		WebElement summary = browser.awaitElement(By.id("error-summary"));
		assertThat(summary.findElements(By.tagName("a"))).extracting(WebElement::getText)
			.containsExactly("Lugar 1, Salida: Indique el día de salida, o marque «Vivo aquí».");
		assertThat(browser.find(By.id("places0.to")).getDomAttribute("aria-describedby"))
			.isEqualTo("place-0-to-hint place-0-to-error");
		browser.assertAccessible().screenshot("enroll-error-summary-es").screenshotOnPhone("enroll-error-summary-es");
	}

	@Test
	void thePhonePickerOffersOnlyCountriesWithACallingCodeByTheirNameInThePagesLanguage() {
		browser.open("/?lang=es");

		List<WebElement> phone = new Select(browser.find(By.id("phoneCountry"))).getOptions();
		assertThat(phone).extracting(option -> option.getDomAttribute("value"))
			.contains("ML", "XK", "US")
			.doesNotContain("AQ", "BV", "HM", "UM");
		assertThat(phone).extracting(WebElement::getText)
			.noneMatch(option -> option.endsWith("(+0)"))
			.contains("Kosovo (+383)");
		List<String> names = phone.stream().map(option -> option.getText().replaceFirst(" \\(\\+\\d+\\)$", "")).toList();
		assertThat(names).isSortedAccordingTo(Collator.getInstance(Locale.forLanguageTag("es")));
		// Antarctica is a place one may travel to, though no phone number is of it.
		assertThat(new Select(browser.find(By.id("places0.country"))).getOptions())
			.extracting(option -> option.getDomAttribute("value")).contains("AQ");
		browser.assertAccessible().screenshot("enroll-phone-countries-es");
	}

	@Test
	void afterEnrollingThePhoneReadsInInternationalFormatAndTheCodePageLeadsBackOnceConfirmed() {
		browser.open("/");
		browser.find(By.id("email")).sendKeys("amadou@example.org");
		new Select(browser.find(By.id("phoneCountry"))).selectByValue("ML");
		browser.find(By.id("phoneNumber")).sendKeys("76554433");
		new Select(browser.find(By.id("places0.country"))).selectByValue("ML");
		browser.find(By.id("places0.resident1")).click();
		browser.find(By.id("consent1")).click();
		browser.find(By.id("enroll-submit")).click();

		browser.awaitPath("/enrolled");
		assertThat(browser.find(By.cssSelector(".verification-status")).getText()).contains("+223 76 55 44 33")
			.doesNotContain("+22376554433");
		browser.assertAccessible().screenshot("enrolled-phone-formatted").screenshotOnPhone("enrolled-phone-formatted");

		browser.open("/verify/phone");
		assertThat(browser.find(By.cssSelector(".verification-status")).getText()).contains("+223 76 55 44 33");
		assertThat(browser.findAll(By.id("next-step"))).as("no way on before the code is entered").isEmpty();
		String code = await().atMost(Duration.ofSeconds(20))
			.until(() -> TWILIO.takeVerificationCode("+22376554433"), Optional::isPresent)
			.orElseThrow();
		browser.find(By.id("code")).sendKeys(code, Keys.ENTER);
		WebElement next = browser.awaitElement(By.id("next-step"));
		assertThat(next.getText()).isEqualTo("Back to your enrollment");
		browser.assertAccessible().screenshot("verify-phone-next-step").screenshotOnPhone("verify-phone-next-step");
		next.click();
		browser.awaitPath("/enrolled");
	}

	private WebElement focused() {
		return browser.driver().switchTo().activeElement();
	}

	/** The texts of the elements the control's aria-describedby names; each must exist. */
	private List<String> describedBy(WebElement control) {
		String ids = control.getDomAttribute("aria-describedby");
		assertThat(ids).as("aria-describedby of " + control.getDomAttribute("id")).isNotBlank();
		return Arrays.stream(ids.trim().split("\\s+")).map(id -> browser.find(By.id(id)).getText()).toList();
	}
}
