package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.Test;

/**
 * What the citizens' pages do with text no field may hold: the enrollment form says so beside the field, in the
 * page's language; a lone parameter is a bad request, never Beacon's fault.
 */
class CitizenPagesTextIntegrationTests extends BeaconIntegrationTest {

	@Test
	void showsAFieldErrorBesideANameWithAControlCharacterAndStoresNothing() {
		PageSession.Page page = enroll(pages("/"), "Ana\u0001 López");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"emergency-name-error\"")
			.contains("invisible control character (U+0001)");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isZero();
	}

	@Test
	void showsTheFieldErrorInSpanishForANul() {
		PageSession.Page page = enroll(pages("/?lang=es"), "Ana\u0000 López");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"emergency-name-error\"")
			.contains("carácter de control invisible (U+0000)");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isZero();
	}

	@Test
	void aSignInAddressWithANulIsABadRequestPage() {
		PageSession pages = pages("/signin");

		PageSession.Page page = pages.post("/signin", "email", "ana\u0000@example.org");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Something you sent could not be read.");
	}

	private PageSession pages(String first) {
		PageSession pages = new PageSession(http.getRootUri(), true);
		pages.get(first);
		return pages;
	}

	private static PageSession.Page enroll(PageSession pages, String emergencyName) {
		return pages.post("/", "email", "ana.lopez@example.org", "phoneCountry", "ML", "phoneNumber", "", "locale",
				"en", "channels", "EMAIL", "places[0].country", "ML", "places[0].resident", "true", "emergencyName",
				emergencyName, "emergencyPhone", "", "consent", "true");
	}
}
