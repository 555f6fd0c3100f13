package org.beacon.delivery.sms.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.platform.sandbox.SandboxMessage;
import org.beacon.platform.sandbox.SnsSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sns.SnsClient;

/** The SNS sender on the real AWS SDK, against the sandbox's SNS look-alike. */
class SnsSmsSenderTests {

	SnsSandbox sandbox;

	SnsClient client;

	SnsSmsSender sender;

	@BeforeEach
	void start() throws IOException {
		sandbox = SnsSandbox.start(0, 100);
		client = SnsConfiguration.client(settings(sandbox.endpoint().toString()));
		sender = new SnsSmsSender(client, "BEACON", "+15005550006");
	}

	@AfterEach
	void stop() {
		client.close();
		sandbox.close();
	}

	@Test
	void anAcceptedMessageReturnsSnsMessageIdAndReachesTheNumber() {
		String messageId = sender.send("+22376000001", "Beacon: curfew in Bamako from 20:00.");

		assertThat(sender.provider()).isEqualTo("sns");
		assertThat(sandbox.received()).singleElement().satisfies(message -> {
			assertThat(message.id()).isEqualTo(messageId);
			assertThat(message.to()).isEqualTo("+22376000001");
			assertThat(message.body()).isEqualTo("Beacon: curfew in Bamako from 20:00.");
			assertThat(message.from()).as("the origination number wins over the sender ID").isEqualTo("+15005550006");
		});
	}

	@Test
	void sendsFromTheSenderIdWhenNoNumberIsConfigured() {
		new SnsSmsSender(client, "BEACON", " ").send("+22376000001", "x");

		assertThat(sandbox.received()).extracting(SandboxMessage::from).containsExactly("BEACON");
	}

	@Test
	void aNumberThatIsNotE164IsAPermanentFailure() {
		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> sender.send("0612345678", "x"));

		assertThat(failure.permanent()).isTrue();
		assertThat(failure.code()).isEqualTo("sns:InvalidParameter");
		assertThat(failure.getMessage()).contains("'PhoneNumber' that is not E.164");
		assertThat(sandbox.received()).isEmpty();
	}

	@Test
	void throttlingIsTransientAndTriedOnce() {
		sandbox.throttling(true);

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> sender.send("+22376000001", "x"));

		assertThat(failure.permanent()).isFalse();
		assertThat(failure.code()).isEqualTo("sns:Throttling");
		assertThat(sandbox.calls()).as("no retry by the SDK").isEqualTo(1);
	}

	@Test
	void aFailingSnsIsTransientAndTriedOnce() {
		sandbox.failing(true);

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> sender.send("+22376000001", "x"));

		assertThat(failure.permanent()).isFalse();
		assertThat(failure.code()).isEqualTo("sns:ServiceUnavailable");
		assertThat(sandbox.calls()).as("no retry by the SDK").isEqualTo(1);
		assertThat(sandbox.received()).isEmpty();
	}

	@Test
	void nothingListeningIsTransient() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		try (SnsClient unreachable = SnsConfiguration.client(settings("http://127.0.0.1:" + closed))) {
			DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
					() -> new SnsSmsSender(unreachable, null, null).send("+22376000001", "x"));

			assertThat(failure.permanent()).isFalse();
			assertThat(failure.code()).isEqualTo("sns:connection");
			assertThat(failure.getMessage()).doesNotContain("22376000001");
		}
	}

	private static DeliveryProperties.Sns settings(String endpoint) {
		return new DeliveryProperties.Sns("eu-west-3", "sandbox", "sandbox", endpoint, null, null, 1000, 2000);
	}
}
