package org.beacon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password guessing is throttled on the API's HTTP Basic as on the sign-in form, with one budget for both. */
class ApiSignInThrottleIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	PasswordEncoder passwords;

	@LocalServerPort
	int port;

	@Test
	void aBasicAccountIsRefusedWithoutCheckingThePasswordOnceItFailedFiveTimes() {
		account("basic-guessed");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(alerts("basic-guessed", "wrong-" + attempt).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> right = alerts("basic-guessed", Api.PASSWORD);

		assertThat(right.statusCode()).isEqualTo(429);
		assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(right.body()).contains("Too many failed sign-ins");
		assertThat(Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);
		assertThat(right.headers().firstValue("WWW-Authenticate")).as("no invitation to try again").isEmpty();
		assertThat(alerts(Api.OFFICER, Api.PASSWORD).statusCode()).as("other accounts").isEqualTo(200);
	}

	@Test
	void anAccountLockedOnTheSignInFormIsLockedOnTheApiToo() {
		account("form-guessed");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(signInWithTheForm("form-guessed", "wrong-" + attempt)).endsWith("/staff/login?error");
		}

		assertThat(alerts("form-guessed", Api.PASSWORD).statusCode()).isEqualTo(429);
	}

	@Test
	void anAccountLockedOnTheApiIsLockedOnTheSignInFormToo() {
		account("api-guessed");
		for (int attempt = 0; attempt < 5; attempt++) {
			alerts("api-guessed", "wrong-" + attempt);
		}

		assertThat(signInWithTheForm("api-guessed", Api.PASSWORD)).endsWith("/staff/login?throttled");
	}

	/**
	 * Lists alerts with HTTP Basic, through a client that does not retry: the test's usual client waits out a 429's
	 * Retry-After and asks again.
	 */
	private HttpResponse<String> alerts(String username, String password) {
		return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(uri("/api/v1/alerts"))
			.header("Authorization", Api.staff(username, password).getFirst("Authorization"))
			.build());
	}

	/** Posts the sign-in form as a browser would, and answers where it was redirected to. */
	private String signInWithTheForm(String username, String password) {
		PageSession browser = new PageSession("http://localhost:" + port);
		browser.get("/staff/login");
		PageSession.Page answer = browser.post("/staff/login", "username", username, "password", password);
		assertThat(answer.location()).as(answer.body()).isNotNull();
		return answer.location();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private void account(String username) {
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, ?, ?, 'embassy-bamako', '{OFFICER}') ON CONFLICT DO NOTHING""", username, username,
				passwords.encode(Api.PASSWORD));
	}
}
