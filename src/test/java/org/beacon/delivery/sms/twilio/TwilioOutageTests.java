package org.beacon.delivery.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.platform.sandbox.SandboxMessage;
import org.beacon.platform.sandbox.TwilioSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.twilio.http.TwilioRestClient;

/**
 * A Twilio outage as the sandbox's failing switch plays it, seen through the Twilio SDK and Beacon's sender: a
 * transient failure, which is retried and opens Twilio's circuit, never a permanent one recorded against the citizen.
 */
class TwilioOutageTests {

	TwilioSandbox sandbox;

	TwilioSmsSender sender;

	@BeforeEach
	void start() throws Exception {
		sandbox = TwilioSandbox.start(0, 10, "token");
		TwilioRestClient client = new TwilioConfiguration().twilioRestClient(new DeliveryProperties(null, "x",
				new DeliveryProperties.Twilio("ACtest", "token", "+15005550006", "http://127.0.0.1:" + sandbox.port(),
						"http://localhost", 2000, 5000, null),
				null, null, null, null, 5, null, null, null));
		sender = new TwilioSmsSender(client, "+15005550006", URI.create("http://localhost/s"));
	}

	@AfterEach
	void stop() {
		sandbox.close();
	}

	@Test
	void whileTheSandboxFailsEveryMessageFailsTransientlyWithTwiliosOutageErrorAndNothingIsTaken() {
		sandbox.failing(true);

		DeliveryFailure failed = catchThrowableOfType(DeliveryFailure.class,
				() -> sender.send("+22376000001", "Curfew from 20:00"));

		assertThat(sandbox.failing()).isTrue();
		assertThat(failed.permanent()).as("retried, and counted against Twilio's circuit").isFalse();
		assertThat(failed.code()).isEqualTo("twilio:20503");
		assertThat(sandbox.received()).isEmpty();
	}

	@Test
	void takesMessagesAgainOnceBroughtBack() {
		sandbox.failing(true);
		catchThrowableOfType(DeliveryFailure.class, () -> sender.send("+22376000001", "lost"));

		sandbox.failing(false);
		String sid = sender.send("+22376000001", "Curfew from 20:00");

		assertThat(sandbox.received()).extracting(SandboxMessage::id).containsExactly(sid);
	}
}
