package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.beacon.BeaconApplication;
import org.beacon.support.Api;
import org.beacon.support.SandboxVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Beacon exactly as {@code mvn spring-boot:run} starts it, with nothing installed: the in-process Kafka broker, the
 * embedded PostgreSQL and the sandbox providers. Only ports and the data directory differ, so the test can run
 * beside others.
 */
class EmbeddedDefaultIntegrationTests {

	@TempDir
	Path data;

	@Test
	void deliversThroughTheSandboxesAndKeepsItsDataAcrossARestart() throws Exception {
		String[] args = arguments();
		String subscriberId;
		String token;
		String alertId;
		try (ConfigurableApplicationContext beacon = start(args)) {
			Api api = api(beacon);
			Api.Response enrolled = api.enroll(Api.json("email", "amadou@example.org", "phone", "+223 76 12 34 56",
					"channels", List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML", "region", "ML-5"))));
			subscriberId = enrolled.body().get("id").asText();
			token = enrolled.body().get("token").asText();

			Api.Response issued = api.issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "SEVERE", "title",
					"Curfew in Mopti", "body", "Stay indoors after 8 p.m.", "area", Api.json("countries", List.of("ML")),
					"channels", List.of("EMAIL", "SMS")));
			assertThat(issued.status()).isEqualTo(202);
			alertId = issued.body().get("id").asText();

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
					api.alert(alertId).body().at("/progress/byChannel/SMS/DELIVERED").asInt()).isEqualTo(1));
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				JsonNode all = api.get("/api/v1/sandbox/messages", Api.staff(Api.OFFICER, Api.PASSWORD)).body();
				// The inbox also holds the verification link and code the citizen received when enrolling.
				com.fasterxml.jackson.databind.node.ArrayNode inbox = new com.fasterxml.jackson.databind.ObjectMapper()
					.createArrayNode();
				all.forEach(message -> {
					if (!message.path("body").asText().contains("verif")) {
						inbox.add(message);
					}
				});
				assertThat(inbox.findValuesAsText("channel")).containsExactlyInAnyOrder("SMS", "EMAIL");
				assertThat(inbox.findValuesAsText("to")).containsExactlyInAnyOrder("+22376123456", "amadou@example.org");
				assertThat(inbox.findValuesAsText("body")).allMatch(body -> body.contains("Curfew in Mopti"));
			});
		}

		try (ConfigurableApplicationContext beacon = start(args)) {
			Api api = api(beacon);
			assertThat(api.subscriber(HttpMethod.GET, subscriberId, token, null).status()).isEqualTo(200);
			JsonNode progress = api.alert(alertId).body().get("progress");
			assertThat(progress.at("/byChannel/SMS/DELIVERED").asInt())
				.as("the sandbox reported the SMS delivered through a signed status callback").isEqualTo(1);
			assertThat(progress.at("/byChannel/EMAIL/SENT").asInt()).isEqualTo(1);
		}
	}

	String[] arguments() throws IOException {
		int port = freePort();
		return new String[] { "--server.port=" + port, "--beacon.public-url=http://localhost:" + port,
				"--beacon.embedded.data-dir=" + data,
				"--beacon.embedded.kafka.port=" + freePort(), "--beacon.embedded.kafka.controller-port=" + freePort(),
				"--beacon.sandbox.smtp-port=" + freePort(), "--beacon.sandbox.twilio-port=" + freePort() };
	}

	static ConfigurableApplicationContext start(String[] args) {
		return new SpringApplicationBuilder(BeaconApplication.class).run(args);
	}

	static Api api(ConfigurableApplicationContext beacon) {
		String port = beacon.getEnvironment().getProperty("local.server.port");
		return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)),
				new SandboxVerifier());
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
