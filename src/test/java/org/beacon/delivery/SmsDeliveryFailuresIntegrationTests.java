package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.beacon.platform.sandbox.SandboxMessage;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;

/** What the ledger records when Twilio refuses, fails for a while, or fails for good. */
class SmsDeliveryFailuresIntegrationTests extends BeaconIntegrationTest {

	Pipeline pipeline;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void citizenInMali() {
		pipeline = new Pipeline(api());
		pipeline.enroll("citizen@example.org", "+22376000040", Api.json("country", "ML"));
	}

	@Test
	void recordsAPermanentTwilioErrorAtOnceWithoutRetrying() {
		TWILIO.rejectAll(400, 21211, "The 'To' number +22376000040 is not a valid phone number.");

		JsonNode progress = pipeline.awaitSettled(issueBySms(), 1);

		assertThat(progress.at("/byChannel/SMS/FAILED").asInt()).isEqualTo(1);
		assertThat(TWILIO.messages()).hasSize(1);
		Map<String, Object> row = ledgerRow();
		assertThat(row.get("error_code")).isEqualTo("twilio:21211");
		assertThat(row.get("attempts")).isEqualTo(1);
	}

	@Test
	void retriesTransientFailuresUntilTwilioAcceptsTheMessage() {
		TWILIO.failThenAccept(2, 503, 20500);

		JsonNode progress = pipeline.awaitSettled(issueBySms(), 1);

		assertThat(progress.at("/byChannel/SMS/SENT").asInt()).isEqualTo(1);
		assertThat(TWILIO.messages()).hasSize(3);
		Map<String, Object> row = ledgerRow();
		assertThat(row.get("attempts")).isEqualTo(3);
		assertThat((String) row.get("provider_id")).startsWith("SM");
		assertThat(row.get("error_code")).isNull();
	}

	@Test
	void retriesRateLimitedMessages() {
		TWILIO.failThenAccept(1, 429, 20429);

		pipeline.awaitSettled(issueBySms(), 1);

		assertThat(ledgerRow().get("status")).isEqualTo("SENT");
		assertThat(TWILIO.messages()).hasSize(2);
	}

	@Test
	void recordsFailureWhenRetriesAreExhausted() {
		TWILIO.rejectAll(503, 20500, "Service unavailable");

		JsonNode progress = pipeline.awaitSettled(issueBySms(), 1);

		assertThat(progress.at("/byChannel/SMS/FAILED").asInt()).isEqualTo(1);
		// beacon.delivery.attempts=3 in tests: the first try and two retries, then the dead-letter topic.
		assertThat(TWILIO.messages()).hasSize(3);
		Map<String, Object> row = ledgerRow();
		assertThat(row.get("error_code")).isEqualTo("retries-exhausted");
		assertThat((String) row.get("error_detail")).contains("twilio:20500");
	}

	@Test
	void aProviderOutageOpensTheCircuitMovesTheTrafficAndLosesNothing() {
		for (int i = 1; i <= 9; i++) {
			pipeline.enroll("outage" + i + "@example.org", "+2237600014" + i, Api.json("country", "ML"));
		}
		// Five calls fail (a few more when parallel calls race through the stub's states): four open the breaker,
		// and the rest of the traffic goes to SNS, the standby.
		TWILIO.failThenAccept(5, 503, 20500);
		int before = SNS.received().size();

		JsonNode progress = pipeline.awaitSettled(issueBySms(), 10);

		assertThat(progress.at("/byChannel/SMS/SENT").asInt()).as(progress.toString()).isEqualTo(10);
		assertThat(TWILIO.messages().size()).isGreaterThanOrEqualTo(5);
		List<String> taken = new ArrayList<>(TWILIO.accepted().stream().map(message -> message.get("To")).toList());
		SNS.received().stream().skip(before).map(SandboxMessage::to).forEach(taken::add);
		assertThat(taken).hasSize(10).doesNotHaveDuplicates();
		assertThat(meters.counter("beacon.provider.circuit", "provider", "twilio", "to", "OPEN").count())
			.isGreaterThanOrEqualTo(1);
	}

	String issueBySms() {
		return pipeline.issue(Api.json("countries", List.of("ML")), "Airport closed", List.of("SMS"));
	}

	Map<String, Object> ledgerRow() {
		return jdbc.queryForMap("SELECT status, attempts, provider_id, error_code, error_detail FROM delivery");
	}
}
