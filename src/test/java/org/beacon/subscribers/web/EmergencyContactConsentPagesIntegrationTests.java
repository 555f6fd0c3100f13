package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.beacon.support.PageSession.Page;
import org.beacon.support.ProviderVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The enroll and account pages ask whether the emergency contact may be texted when the citizen answers "safe", and
 * refuse it, beside the field, without the contact's phone.
 */
class EmergencyContactConsentPagesIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	ContactPointCipher cipher;

	static final String PHONE = "+22376000500";

	static final Pattern CHECKBOX = Pattern.compile("<input[^>]*id=\"tellWhenSafe1\"[^>]*>");

	@Test
	void theEnrollPageRefusesTheConsentWithoutTheContactsPhoneBesideTheField() {
		PageSession pages = new PageSession(http.getRootUri());
		pages.get("/");

		Page page = pages.post("/", enrollForm(""));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"tell-when-safe-error\"")
			.contains("Give your emergency contact&#39;s phone number, so that we can text them.")
			.contains("href=\"#tellWhenSafe1\"");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isZero();
	}

	@Test
	void theEnrollPageKeepsTheConsentWithTheContactsPhone() {
		PageSession pages = new PageSession(http.getRootUri());
		pages.get("/");

		Page page = pages.post("/", enrollForm("+223 76 00 05 01"));

		assertThat(page.location()).endsWith("/enrolled");
		java.util.Map<String, Object> stored = jdbc.queryForMap(
				"SELECT emergency_contact_phone_sealed, relay_safe_to_contact FROM subscriber");
		assertThat(stored).containsEntry("relay_safe_to_contact", true);
		assertThat(cipher.open((byte[]) stored.get("emergency_contact_phone_sealed"),
				SealedColumn.SUBSCRIBER_EMERGENCY_CONTACT_PHONE)).isEqualTo("+22376000501");
	}

	@Test
	void theAccountPageShowsAndChangesTheConsent() {
		Api.Response enrolled = api().enroll(Api.json("email", "account@example.org", "phone", PHONE, "channels",
				List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML")), "emergencyContact",
				Api.json("name", "Ana", "phone", "+22376000501")));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
		PageSession citizen = signedIn("account@example.org");
		assertThat(checkbox(citizen.get("/account").body())).doesNotContain("checked");

		Page saved = citizen.post("/account", "email", "account@example.org", "phoneCountry", "ML", "phoneNumber",
				"76 00 05 00", "locale", "en", "channels", "EMAIL", "channels", "SMS", "places[0].country", "ML",
				"places[0].resident", "true", "emergencyName", "Ana", "emergencyPhone", "+22376000501", "tellWhenSafe",
				"true");

		assertThat(saved.location()).endsWith("/account");
		assertThat(jdbc.queryForObject("SELECT relay_safe_to_contact FROM subscriber", Boolean.class)).isTrue();
		assertThat(checkbox(citizen.get("/account").body())).contains("checked");
	}

	private static String[] enrollForm(String emergencyPhone) {
		return new String[] { "email", "ana.lopez@example.org", "phoneCountry", "ML", "phoneNumber", "", "locale", "en",
				"channels", "EMAIL", "places[0].country", "ML", "places[0].resident", "true", "emergencyName", "Ana",
				"emergencyPhone", emergencyPhone, "tellWhenSafe", "true", "consent", "true" };
	}

	/** The consent's checkbox on the page. */
	private static String checkbox(String page) {
		Matcher input = CHECKBOX.matcher(page);
		assertThat(input.find()).as("the page has the consent's checkbox").isTrue();
		return input.group();
	}

	private PageSession signedIn(String email) {
		ProviderVerifier inbox = new ProviderVerifier(SMTP, TWILIO);
		PageSession citizen = new PageSession(http.getRootUri());
		citizen.get("/signin");
		citizen.post("/signin", "email", email);
		String token = await().atMost(Duration.ofSeconds(20)).until(() -> inbox.takeSignInToken(email),
				Optional::isPresent).orElseThrow();
		citizen.get("/signin/link?t=" + token);
		assertThat(citizen.post("/signin/link", "t", token).location()).endsWith("/account");
		return citizen;
	}
}
