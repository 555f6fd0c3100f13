package org.beacon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser holding a staff member's credentials cannot be made to change anything through the API by another site,
 * and is never asked for Basic credentials it would then send everywhere. Programs are unaffected.
 */
class CrossSiteApiIntegrationTests extends BeaconIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void aCancelPostedFromAnotherSiteIsRefusedAndTheAlertStaysIssued() {
		String id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));

		HttpResponse<String> forged = send(cancel(id).header("Origin", "http://evil.example")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("x=1")));
		HttpResponse<String> fetched = send(cancel(id).header("Sec-Fetch-Site", "cross-site")
			.header("Sec-Fetch-Mode", "no-cors")
			.POST(BodyPublishers.noBody()));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(forged.body()).contains("Cross-site request refused");
		assertThat(fetched.statusCode()).isEqualTo(403);
		assertThat(api().alert(id).body().get("status").asText()).isEqualTo("ISSUED");
	}

	@Test
	void aFormContentTypeIsRefusedEvenWithoutAnOrigin() {
		String id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));

		HttpResponse<String> form = send(cancel(id).header("Content-Type", "text/plain;charset=UTF-8")
			.POST(BodyPublishers.ofString("{}")));

		assertThat(form.statusCode()).isEqualTo(415);
		assertThat(api().alert(id).body().get("status").asText()).isEqualTo("ISSUED");
	}

	@Test
	void theSameOriginAndProgramsWithoutOriginMayChangeThings() {
		String id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));

		HttpResponse<String> sameOrigin = send(cancel(id).header("Origin", "http://localhost:" + port)
			.header("Sec-Fetch-Site", "same-origin")
			.POST(BodyPublishers.noBody()));

		assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(200);
		assertThat(api().alert(id).body().get("status").asText()).isEqualTo("CANCELLED");
	}

	@Test
	void browsersAreNotAskedForBasicCredentialsButProgramsAre() {
		HttpResponse<String> browser = send(request("/api/v1/alerts").header("Sec-Fetch-Mode", "navigate").GET());
		HttpResponse<String> program = send(request("/api/v1/alerts").GET());

		assertThat(browser.statusCode()).isEqualTo(401);
		assertThat(browser.headers().allValues("WWW-Authenticate")).noneMatch(value -> value.startsWith("Basic"))
			.isNotEmpty();
		assertThat(program.statusCode()).isEqualTo(401);
		assertThat(program.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
			.startsWith("Basic "));
	}

	@Test
	void theSessionCookieIsNotSentWithAnotherSitesPosts() {
		HttpResponse<String> page = send(request("/staff/login").GET());

		assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("SESSION="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
	}

	@Test
	void theApiAndItsDocumentsLoadNothingAndSendNoReferrer() {
		for (String path : List.of("/api/v1/advisories", "/cap/alerts.atom", "/v3/api-docs")) {
			HttpResponse<String> answer = send(request(path).GET());
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'none'")
					.contains("frame-ancestors 'none'"));
			assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
		}
		HttpResponse<String> swagger = send(request("/swagger-ui/index.html").GET());
		assertThat(swagger.statusCode()).isEqualTo(200);
		assertThat(swagger.headers().firstValue("Referrer-Policy")).contains("no-referrer");
		assertThat(swagger.headers().firstValue("Content-Security-Policy")).as("its page loads its own scripts")
			.isEmpty();
	}

	private HttpRequest.Builder cancel(String id) {
		return request("/api/v1/alerts/" + id + "/cancel").header("Authorization",
				Api.staff(Api.OFFICER, Api.PASSWORD).getFirst("Authorization"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
