package org.beacon.delivery.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.support.TwilioStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.twilio.http.TwilioRestClient;

/** Twilio's Messages list, read with the Twilio SDK from the Twilio fake: what Twilio took, found by its words. */
class TwilioSentMessagesTests {

	static final String CITIZEN = "+22376000001";

	final TwilioStub stub = new TwilioStub();

	final TwilioRestClient client = new TwilioConfiguration().twilioRestClient(new DeliveryProperties(null, "x",
			new DeliveryProperties.Twilio("ACtest", "token", "+15005550006", stub.baseUrl(), "http://localhost",
					2000, 5000, null),
			null, null, null, null, 5, null, null, null));

	final TwilioSmsSender sender = new TwilioSmsSender(client, "+15005550006", URI.create("http://localhost/s"));

	final TwilioSentMessages sent = new TwilioSentMessages(client);

	@AfterEach
	void stop() {
		stub.stop();
	}

	@Test
	void findsTheMessageTwilioTookForTheNumberSinceTheClaimByItsWords() {
		stub.acceptAll();
		Instant claimed = Instant.now().minusSeconds(1);
		sender.send(CITIZEN, "Another alert");
		sender.send("+22376000002", "Leave Bamako now");
		String sid = sender.send(CITIZEN, "Leave Bamako now");

		assertThat(sent.find(CITIZEN, Set.of("Leave Bamako now", "Salga de Bamako"), claimed)).contains(sid);
		assertThat(sent.find(CITIZEN, Set.of("Curfew from 20:00"), claimed)).isEmpty();
		assertThat(sent.find("+22376000003", Set.of("Leave Bamako now"), claimed)).isEmpty();
		assertThat(sent.find(CITIZEN, Set.of("Leave Bamako now"), claimed.plus(Duration.ofHours(1))))
			.as("sent before the claim: another delivery's").isEmpty();
	}

	@Test
	void readsEveryPageOfTheList() {
		stub.acceptAll();
		Instant claimed = Instant.now().minusSeconds(1);
		String sid = sender.send(CITIZEN, "Leave Bamako now");
		for (int i = 0; i < 120; i++) {
			sender.send(CITIZEN, "Update " + i);
		}

		assertThat(sent.find(CITIZEN, Set.of("Leave Bamako now"), claimed)).contains(sid);
	}

	@Test
	void aListTwilioCannotAnswerIsATransientFailure() {
		stub.acceptAll();
		stub.failLists(503, 20503);

		assertThatThrownBy(() -> sent.find(CITIZEN, Set.of("Leave Bamako now"), Instant.now()))
			.isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
				assertThat(failure.permanent()).isFalse();
				assertThat(failure.code()).isEqualTo("twilio:20503");
			});
	}
}
