package org.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Drives the pipeline from the outside: enroll, issue, wait for delivery to settle. */
public final class Pipeline {

	private final Api api;

	public Pipeline(Api api) {
		this.api = api;
	}

	public String enroll(String email, String phone, Map<String, Object> location) {
		Api.Response response = api.enroll(Api.json("email", email, "phone", phone, "channels",
				List.of("EMAIL", "SMS"), "locations", List.of(location)));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.body().get("id").asText();
	}

	public String issue(Map<String, Object> area, String title, List<String> channels) {
		Api.Response response = api.issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "SEVERE", "title",
				title, "body", "Stay indoors after 8 p.m.\n\nMonitor local media for updates.", "area", area,
				"channels", channels));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
		return response.body().get("id").asText();
	}

	/** Waits until the fan-out is complete and every one of the expected deliveries reached a final status. */
	public JsonNode awaitSettled(String alertId, int expected) {
		return awaitSettled(alertId, expected, Duration.ofSeconds(40));
	}

	/**
	 * Waits until the fan-out is complete and every delivery it made, however many, reached a final status: for an
	 * audience a test does not count.
	 */
	public JsonNode awaitSettled(String alertId) {
		await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
			JsonNode progress = api.alert(alertId).body().get("progress");
			assertThat(progress.get("fanOut").asText()).isEqualTo("COMPLETE");
			assertThat(progress.get("finished").asInt()).isEqualTo(progress.get("recipients").asInt());
		});
		return api.alert(alertId).body().get("progress");
	}

	public JsonNode awaitSettled(String alertId, int expected, Duration atMost) {
		await().atMost(atMost).untilAsserted(() -> {
			JsonNode progress = api.alert(alertId).body().get("progress");
			assertThat(progress.get("fanOut").asText()).isEqualTo("COMPLETE");
			assertThat(progress.get("recipients").asInt()).isEqualTo(expected);
			assertThat(progress.get("finished").asInt()).isEqualTo(expected);
		});
		return api.alert(alertId).body().get("progress");
	}
}
