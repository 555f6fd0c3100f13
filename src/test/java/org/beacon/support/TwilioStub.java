package org.beacon.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.platform.sandbox.FakeTwilioApi;
import org.beacon.platform.sandbox.FakeTwilioApi.Taken;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The Twilio fake ({@link FakeTwilioApi}) served by WireMock, for the faults a test injects (refusals, failures, slow
 * answers) and the journal of what Beacon sent; the real Twilio SDK is routed to it. Every answer, a fault's too, is
 * written by the fake, so the tests' Twilio speaks as the sandbox's does.
 */
public final class TwilioStub {

	private static final String MESSAGES = FakeTwilioApi.MESSAGES.pattern();

	private static final String CALLS = FakeTwilioApi.CALLS.pattern();

	private static final Pattern VERIFICATION_CODE = Pattern.compile("^Beacon: .*?(\\d{6})");

	private final FakeAnswers fake = new FakeAnswers();

	private final WireMockServer server = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").extensions(fake));

	public TwilioStub() {
		server.start();
	}

	public void stop() {
		server.stop();
	}

	public String baseUrl() {
		return server.baseUrl();
	}

	/** Answers every message as Twilio does: takes it with a fresh SID (or refuses a number that is not E.164). */
	public void acceptAll() {
		reset();
		server.stubFor(post(urlPathMatching(MESSAGES)).willReturn(answered()));
		server.stubFor(post(urlPathMatching(CALLS)).willReturn(answered()));
	}

	/** Answers every message as Twilio does, each after a delay: a slow provider, so a large send takes a while. */
	public void acceptSlowly(int delayMillis) {
		reset();
		server.stubFor(post(urlPathMatching(MESSAGES)).willReturn(answered().withFixedDelay(delayMillis)));
	}

	/** Answers every message with a Twilio error. */
	public void rejectAll(int status, int code, String message) {
		reset();
		server.stubFor(post(urlPathMatching(MESSAGES)).willReturn(error(status, code, message)));
	}

	/** Fails the first {@code failures} calls with the status, then answers as Twilio does. */
	public void failThenAccept(int failures, int status, int code) {
		reset();
		String state = Scenario.STARTED;
		for (int i = 1; i <= failures; i++) {
			server.stubFor(post(urlPathMatching(MESSAGES)).inScenario("flaky").whenScenarioStateIs(state)
				.willReturn(error(status, code, "Service unavailable"))
				.willSetStateTo("failed-" + i));
			state = "failed-" + i;
		}
		server.stubFor(post(urlPathMatching(MESSAGES)).inScenario("flaky").whenScenarioStateIs(state)
			.willReturn(answered()));
	}

	/** Forgets every stub and message; Twilio's Messages list answers from what is taken from now on. */
	private void reset() {
		server.resetAll();
		fake.forget();
		answerLists();
	}

	/** Answers the Messages list calls as Twilio does, from the messages taken (again, after {@link #failLists}). */
	public void answerLists() {
		server.stubFor(get(urlPathMatching(MESSAGES)).willReturn(answered()));
	}

	/** The messages Twilio took, as its Messages list shows them, in the order it took them. */
	public List<Taken> taken() {
		return fake.taken();
	}

	/** Fails every Messages list call with the status: Twilio cannot be asked what it took. */
	public void failLists(int status, int code) {
		server.stubFor(get(urlPathMatching(MESSAGES)).willReturn(error(status, code, "Service unavailable")));
	}

	/** The form parameters of every create-message call received, in order. */
	public List<Map<String, String>> messages() {
		return server.findAll(postRequestedFor(urlPathMatching(MESSAGES))).stream()
			.map(request -> FakeTwilioApi.form(request.getBodyAsString()))
			.toList();
	}

	/** The form parameters of the create-message calls answered 201: the messages Twilio took. */
	public List<Map<String, String>> accepted() {
		return server.getAllServeEvents().stream()
			.filter(event -> event.getRequest().getUrl().contains("/Messages.json"))
			.filter(event -> event.getResponse().getStatus() == 201)
			.map(event -> FakeTwilioApi.form(event.getRequest().getBodyAsString()))
			.toList();
	}

	/**
	 * The verification code last texted to the number, if any; its request is removed from the stub's journal, so
	 * tests that count alert messages do not see it.
	 */
	public Optional<String> takeVerificationCode(String phone) {
		for (ServeEvent event : server.getAllServeEvents()) {
			Map<String, String> form = FakeTwilioApi.form(event.getRequest().getBodyAsString());
			Matcher matcher = VERIFICATION_CODE.matcher(form.getOrDefault("Body", ""));
			if (phone.equals(form.get("To")) && matcher.find()) {
				server.removeServeEvent(event.getId());
				return Optional.of(matcher.group(1));
			}
		}
		return Optional.empty();
	}

	/** The form parameters of every create-call call to the number (a check-in's calls), in order. */
	public List<Map<String, String>> callsTo(String phone) {
		return server.findAll(postRequestedFor(urlPathMatching(CALLS))).stream()
			.map(request -> FakeTwilioApi.form(request.getBodyAsString()))
			.filter(call -> phone.equals(call.get("To")))
			.toList();
	}

	public List<Map<String, String>> messagesTo(String phone) {
		return messages().stream().filter(message -> phone.equals(message.get("To"))).toList();
	}

	private static ResponseDefinitionBuilder answered() {
		return aResponse().withTransformers(FakeAnswers.NAME);
	}

	private static ResponseDefinitionBuilder error(int status, int code, String message) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
			.withBody(FakeTwilioApi.error(status, code, message));
	}
}
