package org.beacon.delivery.email.ses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Session;

import org.beacon.delivery.email.AlertMimeMessages;
import org.beacon.delivery.email.EmailSender;
import org.beacon.delivery.email.TestAlertMimeMessages;
import org.beacon.platform.sandbox.SesSandbox;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import software.amazon.awssdk.services.sesv2.SesV2Client;

/** SES joins the email worker's providers only when enabled, and then sends where its settings say. */
class SesConfigurationTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(SesConfiguration.class)
		.withBean(AlertMimeMessages.class, () -> TestAlertMimeMessages.on(Session.getInstance(new Properties())));

	@Test
	void noSesBeansOnAProcessThatSendsNoEmail() {
		context.withPropertyValues("beacon.roles=api,sms")
			.run(beacon -> assertThat(beacon).doesNotHaveBean(SesV2Client.class).doesNotHaveBean(EmailSender.class));
	}

	@Test
	void theSenderSendsToTheConfiguredEndpointWithTheConfiguredKey() throws Exception {
		try (SesSandbox sandbox = SesSandbox.start(0, 10, "AKIATEST")) {
			context.withPropertyValues("beacon.roles=email",
					"beacon.delivery.ses.endpoint=http://127.0.0.1:" + sandbox.port(),
					"beacon.delivery.ses.access-key-id=AKIATEST", "beacon.delivery.ses.region=eu-central-1")
				.run(beacon -> {
					EmailSender sender = beacon.getBean("sesEmailSender", EmailSender.class);
					assertThat(sender.provider()).isEqualTo("ses");
					assertThat(sender.send(SesEmailSenderTests.ALERT)).isEqualTo(sandbox.received().get(0).id());
				});
		}
	}
}
