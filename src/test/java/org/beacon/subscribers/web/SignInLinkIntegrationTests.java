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
import org.springframework.http.HttpMethod;

/** Sign-in links, through the pages as a citizen opens them, with the real mail stub. */
class SignInLinkIntegrationTests extends BeaconIntegrationTest {

	static final String PHONE = "+22376000400";

	static final String REFUSED = "This sign-in link has expired or was already used.";

	ProviderVerifier inbox = new ProviderVerifier(SMTP, TWILIO);

	@Test
	void aSignInLinkSignsInOnce() {
		enroll("once@example.org");
		PageSession citizen = new PageSession(http.getRootUri());
		String link = askForLink(citizen, "once@example.org");

		assertThat(signIn(citizen, link).location()).endsWith("/account");
		assertThat(citizen.get("/account").status()).isEqualTo(200);
		PageSession again = new PageSession(http.getRootUri());
		assertThat(signIn(again, link).body()).contains(REFUSED);
	}

	@Test
	void aSignInLinkSentBeforeTheEmailChangedNoLongerSignsIn() {
		Api.Response enrolled = enroll("before@example.org");
		PageSession citizen = new PageSession(http.getRootUri());
		String link = askForLink(citizen, "before@example.org");

		Api.Response changed = api().subscriber(HttpMethod.PUT, enrolled.body().get("id").asText(),
				enrolled.body().get("token").asText(), request("after@example.org"));
		assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);

		Page refused = signIn(citizen, link);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).as("the page of an expired or used link").contains(REFUSED);
		assertThat(citizen.get("/account").location()).as("not signed in").endsWith("/signin");
		// The new address signs in, so the refusal was the old address's, not a broken flow.
		clock.advance(Duration.ofMinutes(2));
		assertThat(signIn(citizen, askForLink(citizen, "after@example.org")).location()).endsWith("/account");
	}

	private Api.Response enroll(String email) {
		Api.Response enrolled = api().enroll(request(email));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
		return enrolled;
	}

	private static Object request(String email) {
		return Api.json("email", email, "phone", PHONE, "channels", List.of("EMAIL", "SMS"), "locations",
				List.of(Api.json("country", "ML")));
	}

	/** Asks for a link on the sign-in page, as the citizen does, and reads it from the email. */
	private String askForLink(PageSession citizen, String email) {
		citizen.get("/signin");
		assertThat(citizen.post("/signin", "email", email).body()).contains("a sign-in link is on its way");
		return await().atMost(Duration.ofSeconds(20)).until(() -> inbox.takeSignInToken(email), Optional::isPresent)
			.orElseThrow();
	}

	/** Opens the link and presses its button. */
	private static Page signIn(PageSession citizen, String token) {
		assertThat(citizen.get("/signin/link?t=" + token).status()).isEqualTo(200);
		return citizen.post("/signin/link", "t", token);
	}
}
