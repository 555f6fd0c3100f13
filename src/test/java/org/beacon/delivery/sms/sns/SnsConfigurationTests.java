package org.beacon.delivery.sms.sns;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.delivery.sms.SmsSender;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import software.amazon.awssdk.services.sns.SnsClient;

/** SNS is an SMS provider on SMS workers, and only there. */
class SnsConfigurationTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
		.withUserConfiguration(SnsConfiguration.class);

	@Test
	void registersTheSnsSenderOnAnSmsWorker() {
		context.withPropertyValues("beacon.roles=sms",
				"beacon.delivery.sns.endpoint=http://127.0.0.1:18090")
			.run(beans -> {
				assertThat(beans).hasSingleBean(SnsClient.class);
				assertThat(beans.getBean("snsSmsSender", SmsSender.class).provider()).isEqualTo("sns");
			});
	}

	@Test
	void registersNothingOnAProcessThatSendsNoSms() {
		context.withPropertyValues("beacon.roles=api")
			.run(beans -> assertThat(beans).doesNotHaveBean(SmsSender.class));
	}
}
