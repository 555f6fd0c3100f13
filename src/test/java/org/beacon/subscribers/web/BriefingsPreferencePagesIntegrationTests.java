package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.beacon.support.PageSession.Page;
import org.beacon.support.ProviderVerifier;
import org.junit.jupiter.api.Test;

/** The account page turns trip briefings off and on again, and saving the enrollment leaves that choice as it is. */
class BriefingsPreferencePagesIntegrationTests extends BeaconIntegrationTest {

	@Test
	void theAccountPageTurnsTripBriefingsOffAndSavingTheEnrollmentKeepsThemOff() {
		Api.Response enrolled = api().enroll(Api.json("email", "briefed@example.org", "channels", List.of("EMAIL"),
				"locations", List.of(Api.json("country", "ML"))));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
		PageSession citizen = signedIn("briefed@example.org");
		assertThat(citizen.get("/account").body()).contains("Trip briefings are on.")
			.contains("Turn off trip briefings");

		Page turnedOff = citizen.post("/account/briefings", "briefings", "false");

		assertThat(turnedOff.location()).endsWith("/account");
		assertThat(briefings()).isFalse();
		assertThat(citizen.get("/account").body()).contains("Trip briefings are off.")
			.contains("Turn on trip briefings");
		Page saved = citizen.post("/account", "email", "briefed@example.org", "phoneCountry", "ML", "phoneNumber", "",
				"locale", "en", "channels", "EMAIL", "places[0].country", "ML", "places[0].resident", "true");
		assertThat(saved.location()).endsWith("/account");
		assertThat(briefings()).as("saving the enrollment leaves the choice as it was").isFalse();

		citizen.get("/account");
		citizen.post("/account/briefings", "briefings", "true");

		assertThat(briefings()).isTrue();
	}

	@Test
	void theAccountPageSaysWhatTripBriefingsAreInSpanish() {
		Api.Response enrolled = api().enroll(Api.json("email", "es@example.org", "locale", "es", "channels",
				List.of("EMAIL"), "locations", List.of(Api.json("country", "ML"))));
		assertThat(enrolled.status()).isEqualTo(201);
		PageSession citizen = signedIn("es@example.org");

		assertThat(citizen.get("/account?lang=es").body()).contains("Resúmenes de viaje")
			.contains("Desactivar los resúmenes de viaje");
	}

	private boolean briefings() {
		return jdbc.queryForObject("SELECT briefings FROM subscriber", Boolean.class);
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
