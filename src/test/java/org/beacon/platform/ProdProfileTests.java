package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.beacon.BeaconApplication;
import org.beacon.platform.prod.MissingSettingsException;
import org.beacon.support.TestKeys;
import org.beacon.platform.prod.ProdStartCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The prod profile embeds nothing, so it refuses to start without its external settings and names each one; and it
 * keeps what only developers need switched off.
 */
class ProdProfileTests {

	/** spring-kafka-test's embedded broker publishes its address in this system property for the whole JVM. */
	private static final String BROKERS = "spring.kafka.bootstrap-servers";

	private String brokers;

	@BeforeEach
	void withoutTheEmbeddedBrokersAddress() {
		brokers = System.getProperty(BROKERS);
		System.clearProperty(BROKERS);
	}

	@AfterEach
	void restore() {
		if (brokers != null) {
			System.setProperty(BROKERS, brokers);
		}
	}

	@Test
	void namesEveryMissingSettingBeforeConnectingToAnything() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(BeaconApplication.class).profiles("prod")
			.run("--server.port=0"))
			.isInstanceOf(MissingSettingsException.class)
			.hasMessageContainingAll("KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL", "DATABASE_USERNAME", "DATABASE_PASSWORD",
					"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM", "SMTP_HOST", "MAIL_FROM",
					"BEACON_LINK_SECRET", "BEACON_PUBLIC_URL", "BEACON_CRYPTO_KEYS", "BEACON_CRYPTO_LOOKUP_KEY");
	}

	@Test
	void asksOnlyForWhatItsRolesNeed() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(BeaconApplication.class).profiles("prod")
			.run("--server.port=0", "--beacon.roles=api", "--spring.kafka.bootstrap-servers=kafka:9092"))
			.isInstanceOf(MissingSettingsException.class)
			.hasMessageContaining("DATABASE_URL")
			// The API checks the signatures of Twilio's callbacks, but sends nothing.
			.hasMessageContaining("TWILIO_AUTH_TOKEN")
			.hasMessageNotContaining("TWILIO_ACCOUNT_SID")
			.hasMessageNotContaining("TWILIO_FROM")
			.hasMessageNotContaining("SMTP_HOST")
			.hasMessageNotContaining("MAIL_FROM")
			.hasMessageNotContaining("KAFKA_BOOTSTRAP_SERVERS");
	}

	/**
	 * The API's description and Swagger UI stay off in prod: an API process started in the prod profile, on the
	 * settings a deployment gives it (but for the in-process PostgreSQL and Kafka of the embedded default, which spare
	 * this test a database and a broker of its own), answers 404 where they would be, and serves the rest.
	 */
	@Test
	void servesNoApiDescriptionOrSwaggerUi(@TempDir Path data) throws Exception {
		int kafka = freePort();
		int postgres = freePort();
		// The prod profile logs JSON: Spring Boot would switch this JVM's Logback to it, and leave a system property
		// saying so, and every test after this one would read JSON. So this process leaves logging as it found it.
		Properties systemProperties = (Properties) System.getProperties().clone();
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try (ConfigurableApplicationContext beacon = new SpringApplicationBuilder(BeaconApplication.class)
			.profiles("prod")
			.run("--server.port=0", "--management.server.port=-1", "--beacon.roles=api",
					"--beacon.public-url=http://localhost", "--beacon.subscribers.link-secret=prod-profile-test-secret",
					"--beacon.crypto.keys=test-1:" + TestKeys.KEY, "--beacon.crypto.lookup-key=" + TestKeys.LOOKUP_KEY,
					"--beacon.delivery.twilio.auth-token=prod-profile-test", "--beacon.advisories.poll.enabled=false",
					"--beacon.kafka.partitions=1", "--beacon.kafka.replicas=1",
					"--beacon.embedded.data-dir=" + data, "--beacon.embedded.postgres.enabled=true",
					"--beacon.embedded.postgres.port=" + postgres, "--beacon.embedded.kafka.enabled=true",
					"--beacon.embedded.kafka.port=" + kafka, "--beacon.embedded.kafka.controller-port=" + freePort(),
					"--spring.kafka.bootstrap-servers=127.0.0.1:" + kafka,
					"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres + "/postgres",
					"--spring.datasource.username=postgres", "--spring.datasource.password=unused")) {
			String root = "http://localhost:" + beacon.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newHttpClient();

			for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
					"/swagger-ui.html", "/swagger-ui/index.html")) {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(root + path)).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(answer.statusCode()).as(path).isEqualTo(404);
				assertThat(answer.body()).as(path).doesNotContain("\"openapi\"", "/api/v1/subscribers",
						"swagger-ui-bundle");
			}
			assertThat(http.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/advisories")).build(),
					HttpResponse.BodyHandlers.ofString()).statusCode()).as("the API itself").isEqualTo(200);
		}
		finally {
			System.setProperties(systemProperties);
		}
	}

	/** What BEACON_API_DOCS_ENABLED turns on; the HTTP answers of both settings are tested above and on the default. */
	@Test
	void theApiDescriptionIsOnlyServedWhenADeploymentAsksForIt() {
		Map<String, String> prod = Map.of("SPRING_PROFILES_ACTIVE", "prod");
		Map<String, String> asked = Map.of("SPRING_PROFILES_ACTIVE", "prod", "BEACON_API_DOCS_ENABLED", "true");

		assertThat(new ProdStartCheck(prod).property("springdoc.api-docs.enabled")).isEqualTo("false");
		assertThat(new ProdStartCheck(prod).property("springdoc.swagger-ui.enabled")).isEqualTo("false");
		assertThat(new ProdStartCheck(asked).property("springdoc.api-docs.enabled")).isEqualTo("true");
		assertThat(new ProdStartCheck(asked).property("springdoc.swagger-ui.enabled")).isEqualTo("true");
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void aFanOutWorkerNeedsNoProviderSettings() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(BeaconApplication.class).profiles("prod")
			.run("--server.port=0", "--beacon.roles=fanout"))
			.isInstanceOf(MissingSettingsException.class)
			.hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS")
			.hasMessageNotContaining("TWILIO")
			.hasMessageNotContaining("SMTP_HOST")
			.hasMessageNotContaining("MAIL_FROM");
	}
}
