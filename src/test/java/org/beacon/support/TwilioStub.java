package org.beacon.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** WireMock standing in for Twilio's REST API; the real Twilio SDK is routed to it. */
public final class TwilioStub {

	public static final String MESSAGES = "/2010-04-01/Accounts/[^/]+/Messages\\.json";

	private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	public TwilioStub() {
		server.start();
	}

	public void stop() {
		server.stop();
	}

	public String baseUrl() {
		return server.baseUrl();
	}

	/** Accepts every message, answering like Twilio with a fresh SID. */
	public void acceptAll() {
		server.resetAll();
		server.stubFor(post(urlPathMatching(MESSAGES)).willReturn(created()));
	}

	/** Accepts every message, each after a delay: a slow provider, so a large send takes a while. */
	public void acceptSlowly(int delayMillis) {
		server.resetAll();
		server.stubFor(post(urlPathMatching(MESSAGES)).willReturn(created().withFixedDelay(delayMillis)));
	}

	/** Answers every message with a Twilio error. */
	public void rejectAll(int status, int code, String message) {
		server.resetAll();
		server.stubFor(post(urlPathMatching(MESSAGES)).willReturn(error(status, code, message)));
	}

	/** Fails the first {@code failures} calls with the status, then accepts. */
	public void failThenAccept(int failures, int status, int code) {
		server.resetAll();
		String state = Scenario.STARTED;
		for (int i = 1; i <= failures; i++) {
			server.stubFor(post(urlPathMatching(MESSAGES)).inScenario("flaky").whenScenarioStateIs(state)
				.willReturn(error(status, code, "Service unavailable"))
				.willSetStateTo("failed-" + i));
			state = "failed-" + i;
		}
		server.stubFor(post(urlPathMatching(MESSAGES)).inScenario("flaky").whenScenarioStateIs(state)
			.willReturn(created()));
	}

	/** The form parameters of every create-message call received, in order. */
	public List<Map<String, String>> messages() {
		return server.findAll(postRequestedFor(urlPathMatching(MESSAGES))).stream()
			.map(request -> form(request.getBodyAsString()))
			.toList();
	}

	/** The form parameters of the create-message calls answered 201: the messages Twilio took. */
	public List<Map<String, String>> accepted() {
		return server.getAllServeEvents().stream()
			.filter(event -> event.getRequest().getUrl().contains("/Messages.json"))
			.filter(event -> event.getResponse().getStatus() == 201)
			.map(event -> form(event.getRequest().getBodyAsString()))
			.toList();
	}

	/**
	 * The verification code last texted to the number, if any; its request is removed from the stub's journal, so
	 * tests that count alert messages do not see it.
	 */
	public java.util.Optional<String> takeVerificationCode(String phone) {
		java.util.regex.Pattern code = java.util.regex.Pattern.compile("^Beacon: .*?(\\d{6})");
		for (com.github.tomakehurst.wiremock.stubbing.ServeEvent event : server.getAllServeEvents()) {
			Map<String, String> form = form(event.getRequest().getBodyAsString());
			java.util.regex.Matcher matcher = code.matcher(form.getOrDefault("Body", ""));
			if (phone.equals(form.get("To")) && matcher.find()) {
				server.removeServeEvent(event.getId());
				return java.util.Optional.of(matcher.group(1));
			}
		}
		return java.util.Optional.empty();
	}

	public List<Map<String, String>> messagesTo(String phone) {
		return messages().stream().filter(message -> phone.equals(message.get("To"))).toList();
	}

	private static ResponseDefinitionBuilder created() {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
			.withTransformers("response-template")
			.withBody("""
					{"sid": "SM{{randomValue length=32 type='HEXADECIMAL'}}", "status": "queued",
					 "date_created": "Mon, 23 Nov 2026 18:00:00 +0000", "num_segments": "1",
					 "direction": "outbound-api", "api_version": "2010-04-01"}""");
	}

	private static ResponseDefinitionBuilder error(int status, int code, String message) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
			.withBody("{\"code\": " + code + ", \"message\": \"" + message + "\", \"status\": " + status
					+ ", \"more_info\": \"https://www.twilio.com/docs/errors/" + code + "\"}");
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}
}
