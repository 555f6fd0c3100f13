package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.Test;

/** What the compose form does with a control character: a field error, in the page's language, and no alert. */
class ComposeFormTextIntegrationTests extends BeaconIntegrationTest {

	@Test
	void showsAFieldErrorBesideATitleWithAControlCharacterAndIssuesNothing() {
		PageSession pages = new PageSession(http.getRootUri(), true).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		pages.get("/staff/alerts/new");

		PageSession.Page page = pages.post("/staff/alerts/new", "type", "SECURITY_ALERT", "severity", "SEVERE", "title",
				"Curfew\u0001 in Mopti", "body", "Stay indoors\r\n\tafter 8 p.m.", "areaKind", "COUNTRIES", "countries",
				"ML", "channels", "EMAIL");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"title-error\"").contains("invisible control character (U+0001)")
			.doesNotContain("id=\"body-error\"");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}

	@Test
	void showsTheFieldErrorInSpanish() {
		PageSession pages = new PageSession(http.getRootUri(), true).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		pages.get("/staff/alerts/new?lang=es");

		PageSession.Page page = pages.post("/staff/alerts/new", "type", "SECURITY_ALERT", "severity", "SEVERE", "title",
				"Curfew in Mopti", "body", "Stay indoors.", "titleEs", "Toque de queda\u0085", "bodyEs",
				"Quédese en casa.", "areaKind", "COUNTRIES", "countries", "ML", "channels", "EMAIL");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"titleEs-error\"").contains("carácter de control invisible (U+0085)");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}
}
