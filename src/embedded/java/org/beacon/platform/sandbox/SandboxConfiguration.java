package org.beacon.platform.sandbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxProperties.class)
@ConditionalOnProperty(name = "beacon.sandbox.enabled", havingValue = "true")
class SandboxConfiguration {

	@Bean(destroyMethod = "close")
	SmtpSandbox smtpSandbox(SandboxProperties properties) {
		return SmtpSandbox.start(properties.smtpPort());
	}

	@Bean(destroyMethod = "close")
	TwilioSandbox twilioSandbox(SandboxProperties properties,
			@Value("${beacon.delivery.twilio.auth-token:sandbox}") String authToken,
			@Value("${beacon.delivery.twilio.webhook-base-url:http://localhost:8080}") String webhookBaseUrl)
			throws Exception {
		// Delivery's properties are delivery's own: the sandbox reads the two values Twilio would be given.
		return TwilioSandbox.start(properties.twilioPort(), properties.capacity(), authToken,
				SandboxWebhooks.at(webhookBaseUrl));
	}

	@Bean(destroyMethod = "close")
	SnsSandbox snsSandbox(SandboxProperties properties) throws Exception {
		return SnsSandbox.start(properties.snsPort(), properties.capacity());
	}

	@Bean(destroyMethod = "close")
	SesSandbox sesSandbox(SandboxProperties properties,
			@Value("${beacon.delivery.ses.access-key-id:sandbox}") String accessKeyId) throws Exception {
		return SesSandbox.start(properties.sesPort(), properties.capacity(), accessKeyId);
	}

	@Bean
	SandboxOutbox sandboxOutbox(SmtpSandbox smtp, TwilioSandbox twilio, SnsSandbox sns, SesSandbox ses) {
		return new SandboxOutbox(smtp, twilio, sns, ses);
	}
}
