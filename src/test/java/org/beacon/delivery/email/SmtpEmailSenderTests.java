package org.beacon.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.beacon.delivery.DeliveryFailure;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/** Real Jakarta Mail against real SMTP servers: GreenMail accepting, a scripted server refusing. */
class SmtpEmailSenderTests {

	static final AlertEmail ALERT = new AlertEmail(UUID.randomUUID(), null, "maria.lopez@example.org", Locale.ENGLISH,
			"HEALTH_ALERT", "MODERATE", "Cholera outbreak in Mopti", "Drink bottled water.\n\nWash your hands.",
			"U.S. Embassy Bamako", Instant.parse("2026-11-23T10:15:00Z"));

	@Test
	void sendsAMultipartMessageWithTextAndHtml() throws Exception {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		try {
			String messageId = sender(smtp.getSmtp().getPort()).send(ALERT);

			assertThat(messageId).isNotBlank();
			var message = smtp.getReceivedMessages()[0];
			assertThat(message.getSubject()).isEqualTo("Health Alert: Cholera outbreak in Mopti");
			assertThat(message.getHeader("X-Beacon-Alert")[0]).isEqualTo(ALERT.alertId().toString());
			String raw = GreenMailUtil.getWholeMessage(message);
			assertThat(raw).contains("multipart/alternative").contains("text/plain").contains("text/html")
				.contains("Drink bottled water.").contains("Health Alert =E2=80=93 Moderate");
		}
		finally {
			smtp.stop();
		}
	}

	@Test
	void aRejectedRecipientIsAPermanentFailureWithTheReplyCode() throws Exception {
		try (ScriptedSmtpServer server = new ScriptedSmtpServer("550 5.1.1 <maria.lopez@example.org>: no such user")) {
			assertThatThrownBy(() -> sender(server.port()).send(ALERT)).isInstanceOfSatisfying(DeliveryFailure.class,
					failure -> {
						assertThat(failure.permanent()).isTrue();
						assertThat(failure.code()).isEqualTo("smtp:550");
						assertThat(failure.getMessage()).doesNotContain("maria.lopez");
					});
		}
	}

	@Test
	void aTemporaryRefusalIsTransient() throws Exception {
		try (ScriptedSmtpServer server = new ScriptedSmtpServer("451 4.7.1 Greylisted, try again later")) {
			assertThatThrownBy(() -> sender(server.port()).send(ALERT)).isInstanceOfSatisfying(DeliveryFailure.class,
					failure -> {
						assertThat(failure.permanent()).isFalse();
						assertThat(failure.code()).isEqualTo("smtp:451");
					});
		}
	}

	@Test
	void anUnreachableRelayIsTransient() throws Exception {
		int closedPort;
		try (ScriptedSmtpServer server = new ScriptedSmtpServer("250 OK")) {
			closedPort = server.port();
		}
		assertThatThrownBy(() -> sender(closedPort).send(ALERT)).isInstanceOfSatisfying(DeliveryFailure.class,
				failure -> assertThat(failure.permanent()).isFalse());
	}

	static SmtpEmailSender sender(int port) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(port);
		mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		mail.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return new SmtpEmailSender(mail, TestAlertMimeMessages.on(mail.getSession()));
	}
}
