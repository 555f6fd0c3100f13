package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beacon.platform.sandbox.FakeTwilioCallbacks;
import org.beacon.platform.sandbox.TwimlGather;
import org.beacon.support.Api;
import org.beacon.support.Pipeline;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/** Starts check-ins through the staff API and answers them as citizens do: by signed Twilio replies. */
public final class CheckInAnswers {

	private final Api api;

	private final TestRestTemplate http;

	private final String authToken;

	private final String webhookBaseUrl;

	public CheckInAnswers(Api api, TestRestTemplate http, String authToken, String webhookBaseUrl) {
		this.api = api;
		this.http = http;
		this.authToken = authToken;
		this.webhookBaseUrl = webhookBaseUrl;
	}

	/** Starts a check-in for Mali as the duty officer; returns its id. */
	public String start(List<String> channels, Object... more) {
		Map<String, Object> request = new LinkedHashMap<>(Api.json("type", "SECURITY_ALERT", "severity",
				"SEVERE", "title", "Are you safe?", "body", "Fighting is reported near Bamako. Tell us whether you are "
						+ "safe.", "area", Api.json("countries", List.of("ML")), "channels", channels));
		request.putAll(Api.json(more));
		Api.Response response = api.postJson("/api/v1/checkins", request, Api.staff(Api.OFFICER, Api.PASSWORD));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
		return response.body().get("id").asText();
	}

	/**
	 * Starts an SMS check-in for Mali as the duty officer, waits until its messages are sent, and answers it from
	 * {@code phone} (enrolled, verified, in Mali) that its holder needs help, saying {@code words}: the check-in's help
	 * queue then holds their open case. Returns the check-in's id.
	 */
	public String startAndNeedHelp(String phone, String words) {
		String id = start(List.of("SMS"));
		new Pipeline(api).awaitSettled(id);
		text(phone, "2 " + words);
		return id;
	}

	public JsonNode find(String id) {
		Api.Response response = api.get("/api/v1/checkins/" + id, Api.staff(Api.OFFICER, Api.PASSWORD));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	/**
	 * Presses a key in a call Beacon placed, as Twilio posts it to the call's {@code <Gather>} action, signed; returns
	 * Beacon's TwiML.
	 */
	ResponseEntity<String> press(String twiml, String callSid, String to, String digits) {
		String action = TwimlGather.action(twiml);
		Map<String, String> params = Map.of("CallSid", callSid, "Digits", digits, "To", to, "From", "+15005550006",
				"AccountSid", "ACsandbox", "CallStatus", "in-progress");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.set("X-Twilio-Signature", FakeTwilioCallbacks.signature(authToken, action, params));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		params.forEach(form::add);
		ResponseEntity<String> answer = http.postForEntity(action.substring(webhookBaseUrl.length()),
				new HttpEntity<>(form, headers), String.class);
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
		return answer;
	}

	/** Texts Beacon from {@code from}, signed as Twilio signs; returns Beacon's TwiML. */
	public ResponseEntity<String> text(String from, String body) {
		Map<String, String> params = Map.of("From", from, "Body", body, "To", "+15005550006");
		String path = "/webhooks/twilio/inbound";
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.set("X-Twilio-Signature", FakeTwilioCallbacks.signature(authToken, webhookBaseUrl + path, params));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		params.forEach(form::add);
		ResponseEntity<String> answer = http.postForEntity(path, new HttpEntity<>(form, headers), String.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		return answer;
	}
}
