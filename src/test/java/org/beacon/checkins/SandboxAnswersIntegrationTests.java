package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.platform.sandbox.SandboxWebhooks;
import org.beacon.platform.sandbox.TwilioSandbox;
import org.beacon.platform.sandbox.TwimlText;
import org.beacon.platform.sandbox.WebhookAnswer;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default's sandbox lets a person play the citizen (issue 17): a reply typed in it, or a key pressed in a
 * call it placed, reaches Beacon signed as Twilio signs, and is the citizen's answer. Beacon here sends through the
 * tests' Twilio stub, so the text or the call it sent is handed to a Twilio sandbox started for the test, as the
 * sandbox would have taken it; the sandbox signs over Beacon's webhook base URL and posts to where the test's Beacon
 * listens.
 */
class SandboxAnswersIntegrationTests extends BeaconIntegrationTest {

	static final String PHONE = "+22376000400";

	static final String ACCOUNT = "/2010-04-01/Accounts/ACsandbox/";

	@Autowired
	DeliveryProperties properties;

	@Autowired
	WaveSchedule waves;

	@LocalServerPort
	int port;

	TwilioSandbox sandbox;

	Pipeline pipeline;

	CheckInAnswers checkIns;

	@BeforeEach
	void parts() throws IOException {
		pipeline = new Pipeline(api());
		checkIns = new CheckInAnswers(api(), http, properties.twilio().authToken(),
				properties.twilio().webhookBaseUrl());
		sandbox = TwilioSandbox.start(0, 100, properties.twilio().authToken(), beacon());
	}

	@AfterEach
	void stopSandbox() {
		sandbox.close();
	}

	@Test
	void aReplyTypedInTheSandboxReachesBeaconSignedAndIsTheCitizensAnswer() throws Exception {
		String id = checkInTo(PHONE);
		String sms = handed(sandbox, "Messages.json", TWILIO.messagesTo(PHONE).get(0), "Body");

		WebhookAnswer answer = sandbox.reply(sms, "1");

		assertThat(answer.taken()).isTrue();
		assertThat(TwimlText.messages(answer.twiml())).singleElement()
			.satisfies(text -> assertThat(text).contains("recorded that you are safe"));
		assertThat(checkIns.find(id).at("/counts/safe").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForMap("SELECT answer, channel FROM safety_answer")).containsEntry("answer", "SAFE")
			.containsEntry("channel", "SMS");
	}

	@Test
	void pressingOneInACallTheSandboxPlacedRecordsSafeByVoice() throws Exception {
		String id = checkInTo(PHONE);
		nextWave();
		nextWave();
		String call = handed(sandbox, "Calls.json", TWILIO.callsTo(PHONE).get(0), "Twiml");

		WebhookAnswer answer = sandbox.press(call, "1");

		assertThat(answer.taken()).isTrue();
		assertThat(String.join(" ", TwimlText.said(answer.twiml()))).contains("recorded that you are safe");
		assertThat(checkIns.find(id).at("/counts/safe").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForMap("SELECT answer, channel FROM safety_answer")).containsEntry("answer", "SAFE")
			.containsEntry("channel", "VOICE");
	}

	@Test
	void aReplySignedWithAnotherTokenIsRefusedAndRecordsNothing() throws Exception {
		String id = checkInTo(PHONE);
		try (TwilioSandbox forger = TwilioSandbox.start(0, 10, "not-" + properties.twilio().authToken(), beacon())) {
			String sms = handed(forger, "Messages.json", TWILIO.messagesTo(PHONE).get(0), "Body");

			WebhookAnswer answer = forger.reply(sms, "1");

			assertThat(answer.status()).isEqualTo(403);
			assertThat(checkIns.find(id).at("/counts/safe").asInt()).isZero();
			assertThat(jdbc.queryForObject("SELECT count(*) FROM safety_report", Integer.class)).isZero();
		}
	}

	/** Beacon's webhooks as Twilio was given them, reached where this test's Beacon listens. */
	private SandboxWebhooks beacon() {
		return new SandboxWebhooks(properties.twilio().webhookBaseUrl(), "http://localhost:" + port);
	}

	private String checkInTo(String phone) {
		pipeline.enroll("sandbox@example.org", phone, Api.json("country", "ML"));
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, 1);
		return id;
	}

	private void nextWave() {
		clock.advance(Duration.ofMinutes(31));
		assertThat(waves.sendDue()).isNotEmpty();
		awaitPipelineIdle();
	}

	/**
	 * Hands the sandbox the text or call Beacon sent the stub, with the fields the Twilio SDK sent: as if Beacon had
	 * sent it through the sandbox. Returns the sandbox's SID of it.
	 */
	private static String handed(TwilioSandbox twilio, String resource, Map<String, String> sent, String content)
			throws Exception {
		String form = Map.of("To", sent.get("To"), "From", sent.get("From"), content, sent.get(content))
			.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> taken = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + twilio.port() + ACCOUNT + resource))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
		return taken.body().replaceFirst("(?s).*\"sid\"\\s*:\\s*\"([A-Z]{2}[0-9a-f]{32})\".*", "$1");
	}
}
