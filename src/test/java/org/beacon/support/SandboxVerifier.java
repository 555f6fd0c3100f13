package org.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Verifies through the real flow on the embedded default: reads the code and the link from the sandbox providers'
 * inbox as an administrator (other staff read them hidden) and sends them back to Beacon's API. The sandbox keeps
 * those messages.
 */
public final class SandboxVerifier implements Verifier {

	private static final Pattern CODE = Pattern.compile("^Beacon: .*?(\\d{6})");

	private static final Pattern LINK = Pattern.compile("/verify/email\\?t=([A-Za-z0-9_-]+)");

	@Override
	public void verify(Api api, String subscriberId, String token, String email, String phone) {
		if (phone != null) {
			String code = await().atMost(Duration.ofSeconds(30)).until(() -> find(api, phone, CODE),
					Optional::isPresent).orElseThrow();
			assertThat(api.postJson("/api/v1/subscribers/" + subscriberId + "/verification/phone",
					Api.json("code", code), Api.bearer(token)).status()).isEqualTo(200);
		}
		if (email != null) {
			String link = await().atMost(Duration.ofSeconds(30)).until(() -> find(api, email, LINK),
					Optional::isPresent).orElseThrow();
			assertThat(api.post("/api/v1/subscribers/verification/email", Api.json("token", link)).status())
				.isEqualTo(200);
		}
	}

	private static Optional<String> find(Api api, String to, Pattern pattern) {
		JsonNode inbox = api.get("/api/v1/sandbox/messages", Api.staff(Api.ADMIN, Api.PASSWORD)).body();
		for (JsonNode message : inbox) {
			Matcher matcher = pattern.matcher(message.path("body").asText());
			if (to.equals(message.path("to").asText()) && matcher.find()) {
				return Optional.of(matcher.group(1));
			}
		}
		return Optional.empty();
	}
}
