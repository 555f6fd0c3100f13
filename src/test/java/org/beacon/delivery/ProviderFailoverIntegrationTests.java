package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.beacon.platform.sandbox.SandboxMessage;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * Each channel's traffic moves to its second provider while the first fails (Twilio answers 503, the SMTP relay
 * greets with 421), every citizen still gets one message, and the traffic comes back to the first provider once it
 * answers again (the breaker's trial calls). The test context opens a breaker after 4 failed calls and tries again
 * after a second.
 */
class ProviderFailoverIntegrationTests extends BeaconIntegrationTest {

	static final int CITIZENS = 8;

	@Autowired
	ProviderCircuits circuits;

	Pipeline pipeline;

	@BeforeEach
	void citizensInMali() {
		pipeline = new Pipeline(api());
		for (int i = 0; i < CITIZENS; i++) {
			pipeline.enroll("failover" + i + "@example.org", phone(i), Api.json("country", "ML"));
		}
	}

	@Test
	void smsGoesThroughSnsWhileTwilioFailsAndBackThroughTwilioOnceItAnswers() throws Exception {
		TWILIO.rejectAll(503, 20503, "Service unavailable");

		String duringOutage = issue("SMS");

		assertThat(byProvider(duringOutage, "SMS")).containsExactly(Map.entry("sns", (long) CITIZENS));
		assertThat(TWILIO.accepted()).isEmpty();
		assertThat(countBy(SNS.received().stream().map(SandboxMessage::to).filter(to -> to.startsWith("+2237603"))))
			.hasSize(CITIZENS).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));

		TWILIO.acceptAll();
		awaitRecovery("twilio");

		String after = issue("SMS");
		assertThat(byProvider(after, "SMS")).containsExactly(Map.entry("twilio", (long) CITIZENS));
		assertThat(TWILIO.accepted()).hasSize(CITIZENS);
	}

	@Test
	void emailGoesThroughSesWhileTheRelayFailsAndBackThroughTheRelayOnceItAnswers() throws Exception {
		RELAY.failing(true);

		String duringOutage = issue("EMAIL");

		assertThat(byProvider(duringOutage, "EMAIL")).containsExactly(Map.entry("ses", (long) CITIZENS));
		assertThat(SMTP.getReceivedMessages()).isEmpty();
		assertThat(countBy(SES.received().stream().map(SandboxMessage::to).filter(to -> to.startsWith("failover"))))
			.hasSize(CITIZENS).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));

		RELAY.failing(false);
		awaitRecovery("smtp");

		String after = issue("EMAIL");
		assertThat(byProvider(after, "EMAIL")).containsExactly(Map.entry("smtp", (long) CITIZENS));
		assertThat(countBy(Arrays.stream(SMTP.getReceivedMessages()).map(ProviderFailoverIntegrationTests::recipient)))
			.hasSize(CITIZENS);
	}

	/**
	 * Once the breaker's pause is over, the next alert's first calls are its trial calls to the provider that failed
	 * (the rest go to the other provider meanwhile); when it answers them, its breaker closes and it has its traffic
	 * back. What those alerts sent is then forgotten by the stubs.
	 */
	void awaitRecovery(String provider) throws Exception {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			if (circuits.state(provider) != CircuitBreaker.State.CLOSED) {
				issue(provider.equals("twilio") ? "SMS" : "EMAIL");
			}
			assertThat(circuits.state(provider)).isEqualTo(CircuitBreaker.State.CLOSED);
		});
		TWILIO.acceptAll();
		SMTP.purgeEmailFromAllMailboxes();
	}

	String issue(String channel) {
		String alert = pipeline.issue(Api.json("countries", List.of("ML")), "Airport closed", List.of(channel));
		assertThat(pipeline.awaitSettled(alert, CITIZENS).at("/byChannel/" + channel + "/SENT").asInt())
			.isEqualTo(CITIZENS);
		return alert;
	}

	Map<String, Long> byProvider(String alert, String channel) {
		return jdbc.queryForList("""
				SELECT provider, count(*) AS n FROM delivery WHERE alert_id = ?::uuid AND channel = ?
				GROUP BY provider""", alert, channel)
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("provider"), row -> (Long) row.get("n")));
	}

	static String phone(int i) {
		return "+2237603000" + i;
	}

	static Map<String, Long> countBy(Stream<String> recipients) {
		return recipients.collect(Collectors.groupingBy(to -> to, Collectors.counting()));
	}

	static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(RecipientType.TO)[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
