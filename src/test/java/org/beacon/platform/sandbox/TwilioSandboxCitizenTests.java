package org.beacon.platform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;

/**
 * A person plays the citizen in the Twilio sandbox: they answer a text it took, or press a key in a call it placed, and
 * the sandbox posts it to Beacon as Twilio would, signed over the URL Twilio was given. Beacon is played here by a
 * small server that checks the signature with the Twilio SDK's own validator.
 */
class TwilioSandboxCitizenTests {

	static final String TOKEN = "token";

	/** The webhook base URL Twilio was given: not where Beacon listens in this test, so routing is tested too. */
	static final String PUBLIC = "https://beacon.example.org";

	static final String MESSAGES = "/2010-04-01/Accounts/ACtest/Messages.json";

	static final String CALLS = "/2010-04-01/Accounts/ACtest/Calls.json";

	final List<Map<String, String>> posted = new CopyOnWriteArrayList<>();

	final List<String> urls = new CopyOnWriteArrayList<>();

	HttpServer beacon;

	TwilioSandbox sandbox;

	@BeforeEach
	void start() throws IOException {
		beacon = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
		beacon.createContext("/", this::answer);
		beacon.start();
		sandbox = TwilioSandbox.start(0, 10, TOKEN,
				new SandboxWebhooks(PUBLIC, "http://127.0.0.1:" + beacon.getAddress().getPort()));
	}

	@AfterEach
	void stop() {
		sandbox.close();
		beacon.stop(0);
	}

	@Test
	void aReplyIsTextedToBeaconsNumberFromThePhoneSignedAsTwilioSignsIt() throws Exception {
		String sid = take(MESSAGES, "To=%2B22376000200&From=%2B15005550006&Body=Are+you+safe%3F");

		WebhookAnswer answer = sandbox.reply(sid, "2 broken leg & no water");

		assertThat(answer.taken()).isTrue();
		assertThat(TwimlText.messages(answer.twiml())).containsExactly("Heard: 2 broken leg & no water");
		assertThat(urls).containsExactly(PUBLIC + SandboxWebhooks.INBOUND);
		assertThat(posted).singleElement().satisfies(form -> {
			assertThat(form).containsEntry("From", "+22376000200").containsEntry("To", "+15005550006")
				.containsEntry("Body", "2 broken leg & no water").containsEntry("AccountSid", "ACtest")
				.containsEntry("SmsStatus", "received").containsEntry("NumMedia", "0");
			assertThat(form.get("MessageSid")).matches("SM[0-9a-f]{32}").isNotEqualTo(sid)
				.isEqualTo(form.get("SmsSid"));
		});
		assertThat(sandbox.keepsText(sid)).isTrue();
	}

	@Test
	void aKeyPressedInACallIsPostedToItsGatherSigned() throws Exception {
		String twiml = "<Response><Gather numDigits=\"1\" action=\"" + PUBLIC
				+ "/webhooks/twilio/voice/gather?checkIn=c&amp;attempt=1\"><Say>Press 1</Say></Gather></Response>";
		String sid = take(CALLS, "To=%2B22376000200&From=%2B15005550006&Twiml="
				+ URLEncoder.encode(twiml, StandardCharsets.UTF_8));

		WebhookAnswer answer = sandbox.press(sid, "1");

		assertThat(answer.taken()).isTrue();
		assertThat(urls).containsExactly(PUBLIC + "/webhooks/twilio/voice/gather?checkIn=c&attempt=1");
		assertThat(posted).singleElement().satisfies(form -> assertThat(form).containsEntry("Digits", "1")
			.containsEntry("CallSid", sid).containsEntry("To", "+22376000200"));
		assertThat(sandbox.keepsText(sid)).as("a call is pressed, not replied to").isFalse();
		assertThatThrownBy(() -> sandbox.reply(sid, "1")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void nothingIsSentForAMessageTheSandboxDoesNotKeep() throws Exception {
		String sid = take(MESSAGES, "To=%2B22376000200&From=%2B15005550006&Body=x");

		assertThatThrownBy(() -> sandbox.reply("SM00000000000000000000000000000000", "1"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> sandbox.press(sid, "1")).isInstanceOf(IllegalArgumentException.class);
		assertThat(posted).isEmpty();
	}

	@Test
	void aSandboxStartedWithoutBeaconsWebhooksRepliesToNobody() throws Exception {
		try (TwilioSandbox alone = TwilioSandbox.start(0, 10, TOKEN)) {
			String sid = take(alone, MESSAGES, "To=%2B22376000200&From=%2B15005550006&Body=x");

			assertThatThrownBy(() -> alone.reply(sid, "1")).isInstanceOf(IllegalStateException.class);
		}
	}

	/** Beacon, played: answers a validly signed post with TwiML, anything else with 403, as Beacon does. */
	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> form = Arrays.stream(body.split("&"))
				.map(pair -> pair.split("=", 2))
				.collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
						pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
			String url = PUBLIC + exchange.getRequestURI().getRawPath()
					+ (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
			String signature = exchange.getRequestHeaders().getFirst("X-Twilio-Signature");
			if (signature == null || !new RequestValidator(TOKEN).validate(url, form, signature)) {
				exchange.sendResponseHeaders(403, -1);
				return;
			}
			urls.add(url);
			posted.add(form);
			String words = form.containsKey("Body") ? "Heard: " + form.get("Body") : "You pressed " + form.get("Digits");
			byte[] twiml = ("<Response><Message>" + words.replace("&", "&amp;") + "</Message></Response>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, twiml.length);
			exchange.getResponseBody().write(twiml);
		}
	}

	private String take(String path, String form) throws Exception {
		return take(sandbox, path, form);
	}

	/** Has the sandbox take a message or a call, as Beacon's Twilio SDK asks it to; returns its SID. */
	private static String take(TwilioSandbox twilio, String path, String form) throws Exception {
		HttpResponse<String> taken = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + twilio.port() + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
		return taken.body().replaceFirst("(?s).*\"sid\"\\s*:\\s*\"([A-Z]{2}[0-9a-f]{32})\".*", "$1");
	}
}
