package org.beacon.delivery.email.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.delivery.ProviderAnswer;
import org.beacon.delivery.email.AlertEmail;
import org.beacon.delivery.email.AlertMimeMessages;
import org.beacon.delivery.email.TestAlertMimeMessages;
import org.beacon.platform.sandbox.SandboxMessage;
import org.beacon.platform.sandbox.SesSandbox;
import org.beacon.support.Mails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The real AWS SDK against the sandbox's SES look-alike: what SES is sent, and how its answers are taken. */
class SesEmailSenderTests {

	static final AlertEmail ALERT = new AlertEmail(UUID.randomUUID(), UUID.randomUUID(), "maria.lopez@example.org",
			Locale.ENGLISH, "HEALTH_ALERT", "MODERATE", "Cholera outbreak in Mopti",
			"Drink bottled water.\n\nWash your hands.", "U.S. Embassy Bamako", Instant.parse("2026-11-23T10:15:00Z"));

	final AlertMimeMessages messages = TestAlertMimeMessages.on(Session.getInstance(new Properties()));

	SesSandbox sandbox;

	SesV2Client client;

	@BeforeEach
	void start() throws Exception {
		sandbox = SesSandbox.start(0, 100, "sandbox");
		client = client(sandbox.port(), "sandbox");
	}

	@AfterEach
	void stop() {
		client.close();
		sandbox.close();
	}

	@Test
	void sesReceivesTheVeryMessageTheSmtpRelayWouldGet() throws Exception {
		String id = sender().send(ALERT);

		SandboxMessage shown = sandbox.received().get(0);
		assertThat(id).isEqualTo(shown.id()).matches("0100[0-9a-f]{12}-[0-9a-f-]{36}-000000");
		assertThat(shown.recipients()).containsExactly("maria.lopez@example.org");
		assertThat(shown.subject()).isEqualTo("Health Alert: Cholera outbreak in Mopti");
		assertThat(shown.body()).contains("Drink bottled water.");
		MimeMessage received = sandbox.messages().get(0);
		String unsubscribe = TestAlertMimeMessages.PUBLIC_URL + "/unsubscribe/" + ALERT.subscriberId() + "?t="
				+ TestAlertMimeMessages.TOKEN;
		assertThat(received.getHeader("List-Unsubscribe")[0]).startsWith("<" + unsubscribe + ">, <mailto:");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(received.getHeader("X-Beacon-Alert")).containsExactly(ALERT.alertId().toString());
		assertThat(received.getMessageID()).isNotBlank();
		assertThat(Mails.html(received)).contains("<a href=\"" + unsubscribe + "\"");

		// What the SMTP sender hands its relay, built by the same code: alike but for the Message-ID, each message's own.
		MimeMessage smtp = messages.build(ALERT, "smtp");
		assertThat(withoutMessageId(raw(received))).isEqualTo(withoutMessageId(raw(smtp)));
		assertThat(domain(received.getMessageID())).isEqualTo(domain(smtp.getMessageID()));
	}

	@Test
	void aMessageRejectedIsAPermanentFailureThatNamesNoRecipient() {
		AlertEmail unverified = to("maria.lopez@mopti.invalid");

		assertThatThrownBy(() -> sender().send(unverified)).isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
			assertThat(failure.permanent()).isTrue();
			assertThat(failure.code()).isEqualTo("ses:MessageRejected");
			assertThat(failure.getMessage()).doesNotContain("maria.lopez");
		});
		assertThat(sandbox.received()).isEmpty();
	}

	@Test
	void aFailingSesIsTransientAndCalledOnceWithoutRetriesOfTheSdk() {
		sandbox.failing(true);

		assertThatThrownBy(() -> sender().send(ALERT)).isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
			assertThat(failure.permanent()).isFalse();
			assertThat(failure.code()).isEqualTo("ses:ServiceUnavailable");
		});
		assertThat(sandbox.requests()).isEqualTo(1);
	}

	@Test
	void anUnreachableSesIsTransient() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (SesV2Client unreachable = client(closedPort, "sandbox")) {
			assertThatThrownBy(() -> new SesEmailSender(unreachable, messages, null).send(ALERT))
				.isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
					assertThat(failure.permanent()).isFalse();
					assertThat(failure.code()).isEqualTo("ses:connection");
				});
		}
	}

	@Test
	void refusedCredentialsAreTransient() {
		try (SesV2Client stranger = client(sandbox.port(), "AKIASTRANGER")) {
			assertThatThrownBy(() -> new SesEmailSender(stranger, messages, null).send(ALERT))
				.isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
					assertThat(failure.permanent()).isFalse();
					assertThat(failure.code()).isEqualTo("ses:UnrecognizedClientException");
				});
		}
	}

	@Test
	void sendAllMakesOneCallPerEmailAndGoesOnAfterAPermanentFailure() {
		List<ProviderAnswer> answers = sender().sendAll(
				List.of(ALERT, to("amadou@bamako.invalid"), to("john.smith@example.org")));

		assertThat(answers).extracting(ProviderAnswer::providerId)
			.containsExactly(sandbox.received().get(0).id(), null, sandbox.received().get(1).id());
		assertThat(answers.get(1).failure().permanent()).isTrue();
		assertThat(sandbox.received()).extracting(SandboxMessage::recipients)
			.containsExactly(List.of("maria.lopez@example.org"), List.of("john.smith@example.org"));
		assertThat(sandbox.requests()).isEqualTo(3);
	}

	@Test
	void sendAllStopsCallingAfterATransientFailure() {
		sandbox.failing(true);

		List<ProviderAnswer> answers = sender().sendAll(Collections.nCopies(3, ALERT));

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.isTransientFailure()).isTrue();
			assertThat(answer.failure().code()).isEqualTo("ses:ServiceUnavailable");
		});
		assertThat(sandbox.requests()).isEqualTo(1);
	}

	SesEmailSender sender() {
		return new SesEmailSender(client, messages, "beacon-alerts");
	}

	static SesV2Client client(int port, String accessKeyId) {
		return SesConfiguration.client(new DeliveryProperties.Ses("eu-west-1", accessKeyId, "sandbox-secret",
				"http://127.0.0.1:" + port, null, 2000, 2000));
	}

	static AlertEmail to(String address) {
		return new AlertEmail(ALERT.alertId(), UUID.randomUUID(), address, ALERT.locale(), ALERT.alertType(),
				ALERT.severity(), ALERT.title(), ALERT.body(), ALERT.sender(), ALERT.issuedAt());
	}

	static String raw(MimeMessage message) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		message.writeTo(bytes);
		return bytes.toString(StandardCharsets.US_ASCII);
	}

	static String withoutMessageId(String raw) {
		return raw.replaceFirst("(?m)^Message-ID: .*\r\n", "");
	}

	static String domain(String messageId) {
		return messageId.substring(messageId.indexOf('@'));
	}
}
