package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.beacon.BeaconApplication;
import org.beacon.platform.prod.MissingSettingsException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile embeds nothing, so it refuses to start without its external settings and names each one. */
class ProdProfileTests {

	@Test
	void namesEveryMissingSettingBeforeConnectingToAnything() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(BeaconApplication.class).profiles("prod")
			.run("--server.port=0"))
			.isInstanceOf(MissingSettingsException.class)
			.hasMessageContainingAll("KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL", "DATABASE_USERNAME", "DATABASE_PASSWORD",
					"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM", "SMTP_HOST", "MAIL_FROM");
	}

	@Test
	void asksOnlyForWhatItsRolesNeed() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(BeaconApplication.class).profiles("prod")
			.run("--server.port=0", "--beacon.roles=api", "--spring.kafka.bootstrap-servers=kafka:9092"))
			.isInstanceOf(MissingSettingsException.class)
			.hasMessageContaining("DATABASE_URL")
			.hasMessageNotContaining("TWILIO")
			.hasMessageNotContaining("SMTP_HOST")
			.hasMessageNotContaining("KAFKA_BOOTSTRAP_SERVERS");
	}
}
