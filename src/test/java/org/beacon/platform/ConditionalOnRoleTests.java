package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ConditionalOnRoleTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Components.class);

	@Test
	void runsEveryRoleWhenNoneIsConfigured() {
		runner.run(context -> assertThat(context).hasBean("api").hasBean("smsWorker").hasBean("emailWorker"));
	}

	@Test
	void runsOnlyTheConfiguredRoles() {
		runner.withPropertyValues("beacon.roles=api")
			.run(context -> assertThat(context).hasBean("api").doesNotHaveBean("smsWorker")
				.doesNotHaveBean("emailWorker"));
		runner.withPropertyValues("beacon.roles=FANOUT, sms")
			.run(context -> assertThat(context).hasBean("smsWorker").doesNotHaveBean("api")
				.doesNotHaveBean("emailWorker"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Components {

		@Bean
		@ConditionalOnRole(Role.API)
		String api() {
			return "api";
		}

		@Bean
		@ConditionalOnRole(Role.SMS)
		Integer smsWorker() {
			return 1;
		}

		@Bean
		@ConditionalOnRole(Role.EMAIL)
		Long emailWorker() {
			return 2L;
		}
	}
}
