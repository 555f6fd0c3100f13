package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.beacon.BeaconApplication;
import org.beacon.platform.prod.MissingSettingsException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile embeds nothing, so it refuses to start without its external settings and names each one. */
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
					"BEACON_LINK_SECRET", "BEACON_PUBLIC_URL");
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
