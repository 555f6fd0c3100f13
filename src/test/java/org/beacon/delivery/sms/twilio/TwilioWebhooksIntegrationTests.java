package org.beacon.delivery.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.platform.sandbox.FakeTwilioCallbacks;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Twilio's callbacks, signed as Twilio signs them (as the Twilio fake does) and checked by the SDK's RequestValidator. */
class TwilioWebhooksIntegrationTests extends BeaconIntegrationTest {

	static final String PHONE = "+22376000100";

	@Autowired
	DeliveryProperties properties;

	@Autowired
	DeliveryLedger ledger;

	@Test
	void aDeliveryReportMovesTheLedgerRowToDelivered() {
		Pipeline pipeline = new Pipeline(api());
		pipeline.enroll("report@example.org", PHONE, Api.json("country", "ML"));
		String alertId = pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		pipeline.awaitSettled(alertId, 1);
		String sid = jdbc.queryForObject("SELECT provider_id FROM delivery", String.class);

		ResponseEntity<String> response = post("/webhooks/twilio/status",
				Map.of("MessageSid", sid, "MessageStatus", "delivered", "To", PHONE), true);

		assertThat(response.getStatusCode().value()).isEqualTo(204);
		awaitPipelineIdle();
		assertThat(jdbc.queryForObject("SELECT status FROM delivery", String.class)).isEqualTo("DELIVERED");
		assertThat(api().alert(alertId).body().at("/progress/byChannel/SMS/DELIVERED").asInt()).isEqualTo(1);

		post("/webhooks/twilio/status", Map.of("MessageSid", sid, "MessageStatus", "failed", "ErrorCode", "30008"),
				true);
		awaitPipelineIdle();
		assertThat(jdbc.queryForObject("SELECT status FROM delivery", String.class))
			.as("a final status is never replaced").isEqualTo("DELIVERED");
	}

	@Test
	void refusesWhatIsNoKnownCallbackBeforeAnyHandler() {
		ResponseEntity<String> unknown = post("/webhooks/twilio/other", Map.of("MessageSid", "SMx"), true);
		ResponseEntity<String> read = http.getForEntity("/webhooks/twilio/status", String.class);

		assertThat(unknown.getStatusCode().value()).isEqualTo(401);
		assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(read.getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void refusesCallbacksWithoutAValidSignature() {
		long row = row("SMforged", "SENT");

		ResponseEntity<String> unsigned = post("/webhooks/twilio/status",
				Map.of("MessageSid", "SMforged", "MessageStatus", "delivered"), false);
		HttpHeaders headers = form();
		headers.set("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl");
		ResponseEntity<String> forged = http.postForEntity("/webhooks/twilio/status",
				new HttpEntity<>(body(Map.of("MessageSid", "SMforged", "MessageStatus", "delivered")), headers),
				String.class);

		assertThat(unsigned.getStatusCode().value()).isEqualTo(403);
		assertThat(unsigned.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(forged.getStatusCode().value()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT status FROM delivery WHERE id = ?", String.class, row)).isEqualTo("SENT");
	}

	@Test
	void aReportThatOvertakesTheWorkerIsAppliedWhenTheWorkerRecordsTheSend() {
		long row = row(null, "SENDING");

		post("/webhooks/twilio/status",
				Map.of("MessageSid", "SMfast", "MessageStatus", "undelivered", "ErrorCode", "30003"), true);
		awaitPipelineIdle();
		ledger.sentAll(List.of(DeliveryLedger.Answer.accepted(row, "SMfast")));

		assertThat(jdbc.queryForMap("SELECT status, error_code FROM delivery WHERE id = ?", row))
			.containsEntry("status", "UNDELIVERED").containsEntry("error_code", "twilio:30003");
	}

	@Test
	void stopOptsANumberOutOfSmsAndStartOptsItBackIn() {
		Pipeline pipeline = new Pipeline(api());
		pipeline.enroll("stop@example.org", PHONE, Api.json("country", "ML"));

		ResponseEntity<String> stop = post("/webhooks/twilio/inbound", Map.of("From", PHONE, "Body", " stop "), true);
		assertThat(stop.getStatusCode().value()).isEqualTo(200);
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "First", List.of("SMS", "EMAIL")), 1);
		assertThat(TWILIO.messagesTo(PHONE)).isEmpty();
		assertThat(SMTP.getReceivedMessages()).hasSize(1);

		post("/webhooks/twilio/inbound", Map.of("From", PHONE, "Body", "START"), true);
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "Second", List.of("SMS")), 1);
		assertThat(TWILIO.messagesTo(PHONE)).hasSize(1);
	}

	@Test
	void helpIsAnsweredWithTwiml() {
		ResponseEntity<String> help = post("/webhooks/twilio/inbound", Map.of("From", PHONE, "Body", "HELP"), true);

		assertThat(help.getHeaders().getContentType().toString()).startsWith("application/xml");
		assertThat(help.getBody()).contains("<Response><Message>").contains("Reply STOP");
	}

	/** Signed by Twilio or not, a callback's fields are text from outside: Beacon's log quotes them on one line. */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aReplyFromAStrangeNumberStaysOnItsLogLine(CapturedOutput output) {
		String forged = "2026-12-01T09:00:00.000Z  INFO 4242 --- [beacon] [exec-1] o.b.subscribers.SmsConsent"
				+ "               : SMS opt-out for +223******00 (1 enrollment(s))";

		ResponseEntity<String> reply = post("/webhooks/twilio/inbound", Map.of("From", "+1\n" + forged, "Body",
				"hello"), true);

		assertThat(reply.getStatusCode().value()).isEqualTo(200);
		assertThat(output.getAll().split("\\R")).filteredOn(line -> line.contains("Ignoring an SMS reply from"))
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains("from +1\\n2***")
			.endsWith("that is no keyword and answers no check-in");
		assertThat(output.getAll().split("\\R")).noneMatch(line -> line.startsWith("2***"));
	}

	long row(String providerId, String status) {
		return jdbc.queryForObject("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed, status, provider_id)
				VALUES (?, ?, 'SMS', ?, ?, ?) RETURNING id""", Long.class, UUID.randomUUID(), UUID.randomUUID(),
				sealedDestination(PHONE),
				status, providerId);
	}

	ResponseEntity<String> post(String path, Map<String, String> params, boolean signed) {
		HttpHeaders headers = form();
		if (signed) {
			headers.set("X-Twilio-Signature", FakeTwilioCallbacks.signature(properties.twilio().authToken(),
					properties.twilio().webhookBaseUrl() + path, params));
		}
		return http.postForEntity(path, new HttpEntity<>(body(params), headers), String.class);
	}

	static HttpHeaders form() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		return headers;
	}

	static MultiValueMap<String, String> body(Map<String, String> params) {
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		params.forEach(body::add);
		return body;
	}
}
