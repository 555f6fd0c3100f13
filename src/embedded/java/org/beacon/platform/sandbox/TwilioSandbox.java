package org.beacon.platform.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import org.beacon.platform.sandbox.FakeTwilioApi.Answer;
import org.beacon.platform.sandbox.FakeTwilioApi.MessageRequest;
import org.beacon.platform.sandbox.FakeTwilioApi.Taken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server that serves the Twilio fake ({@link FakeTwilioApi}) to the real Twilio SDK, so the embedded
 * default exercises it end to end without reaching a phone. It keeps what it took for the outbox and reports each
 * message's delivery to its {@code StatusCallback} as Twilio does ({@link FakeTwilioCallbacks}); its Messages list
 * shows what it still keeps. A person may play the citizen: answer a text it took ({@link #reply}) or press a key in a
 * call it placed ({@link #press}), which it posts to Beacon signed, as Twilio would.
 * <p>
 * Public, as {@link SnsSandbox} is, for its switch: while {@link #failing(boolean) failing} it answers every call as
 * Twilio does when it is down ({@link FakeTwilioApi#unavailable()}), to watch SMS traffic move to the other provider
 * and come back; tests run the Twilio SDK against it.
 */
public final class TwilioSandbox implements FailingSwitch, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TwilioSandbox.class);

	private final HttpServer server;

	private final int capacity;

	private final Deque<SandboxMessage> received = new ArrayDeque<>();

	/**
	 * The messages and calls it took, by SID, for a person to answer ({@link #reply}, {@link #press}); those of the
	 * messages it keeps.
	 */
	private final Map<String, MessageRequest> requests = Collections.synchronizedMap(new LinkedHashMap<>());

	private final FakeTwilioCallbacks callbacks;

	private final SandboxWebhooks beacon;

	private volatile boolean failing;

	private TwilioSandbox(HttpServer server, int capacity, FakeTwilioCallbacks callbacks, SandboxWebhooks beacon) {
		this.server = server;
		this.capacity = capacity;
		this.callbacks = callbacks;
		this.beacon = beacon;
	}

	/**
	 * Starts the server on 127.0.0.1.
	 *
	 * @param port its port; 0 for any free one ({@link #port()} tells which)
	 * @param capacity how many received messages it keeps, the latest
	 * @param authToken the token its status callbacks are signed with, Beacon's Twilio auth token
	 */
	public static TwilioSandbox start(int port, int capacity, String authToken) throws IOException {
		return start(port, capacity, authToken, null);
	}

	/**
	 * Starts the server on 127.0.0.1, able to text Beacon's number as the phones it texted ({@link #reply}).
	 *
	 * @param beacon Beacon's webhooks, where a text to its number goes; null when no one replies
	 */
	public static TwilioSandbox start(int port, int capacity, String authToken, SandboxWebhooks beacon)
			throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		TwilioSandbox sandbox = new TwilioSandbox(server, capacity, new FakeTwilioCallbacks(authToken), beacon);
		server.createContext("/2010-04-01/", sandbox::handle);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
		log.info("Sandbox Twilio API listening on http://127.0.0.1:{}", sandbox.port());
		return sandbox;
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** The text messages it took, oldest first. */
	public synchronized List<SandboxMessage> received() {
		return List.copyOf(received);
	}

	/** While on, every call is answered 503 with Twilio's error 20503 and nothing is taken, as in a Twilio outage. */
	@Override
	public void failing(boolean on) {
		failing = on;
		log.info("Sandbox Twilio API {}", on ? "fails every call (503)" : "answers again");
	}

	@Override
	public boolean failing() {
		return failing;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			URI uri = exchange.getRequestURI();
			if (failing) {
				// Read what was sent all the same, so that the SDK's pooled connection stays usable.
				exchange.getRequestBody().readAllBytes();
				respond(exchange, FakeTwilioApi.unavailable());
				return;
			}
			if (FakeTwilioApi.isList(exchange.getRequestMethod(), uri.getPath())) {
				respond(exchange, FakeTwilioApi.list(uri.getPath(), uri.getRawQuery(), taken()));
				return;
			}
			String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Answer answer = FakeTwilioApi.answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), form);
			boolean call = FakeTwilioCalls.isCall(answer.sid());
			if (answer.accepted()) {
				MessageRequest request = answer.request();
				store(new SandboxMessage(call ? "VOICE" : "SMS", answer.sid(), request.from(), request.to(),
						List.of(request.to()), null, request.body(), Instant.now()));
				requests.put(answer.sid(), request);
			}
			respond(exchange, answer);
			if (answer.accepted() && answer.request().statusCallback() != null) {
				if (call) {
					callbacks.reportCall(answer.sid(), answer.request());
				}
				else {
					callbacks.report(answer.sid(), answer.request());
				}
			}
		}
	}

	/**
	 * A person answering a call the sandbox placed presses a key: the key is posted, signed as Twilio posts it, to the
	 * {@code action} of the call's {@code <Gather>}.
	 *
	 * @return Beacon's answer: the TwiML of what the call says next
	 * @throws IllegalArgumentException when the sandbox placed no such call (or no longer keeps it), or its TwiML
	 *     gathers nothing
	 */
	public WebhookAnswer press(String callSid, String digits) throws IOException, InterruptedException {
		MessageRequest call = requests.get(callSid);
		if (call == null || !FakeTwilioCalls.isCall(callSid)) {
			throw new IllegalArgumentException("The sandbox placed no call " + callSid);
		}
		return callbacks.press(beacon == null ? SandboxWebhooks.at("") : beacon, TwimlGather.action(call.body()),
				callSid, call, digits);
	}

	/**
	 * The person a text message went to answers it: their text is posted to Beacon's inbound webhook as Twilio posts a
	 * text to Beacon's number, from their phone to the number the message came from, signed.
	 *
	 * @return Beacon's answer: TwiML whose {@code <Message>} is the text Twilio sends back to the phone
	 * @throws IllegalArgumentException when the sandbox took no such text message (or no longer keeps it)
	 * @throws IllegalStateException when the sandbox was started without Beacon's webhooks
	 */
	public WebhookAnswer reply(String messageSid, String body) throws IOException, InterruptedException {
		MessageRequest message = requests.get(messageSid);
		if (message == null || FakeTwilioCalls.isCall(messageSid)) {
			throw new IllegalArgumentException("The sandbox took no text message " + messageSid);
		}
		if (beacon == null) {
			throw new IllegalStateException("The sandbox was started without Beacon's webhook base URL");
		}
		return callbacks.reply(beacon, message, body);
	}

	/** Whether it keeps a text message of this SID, which the person it went to may answer ({@link #reply}). */
	public boolean keepsText(String sid) {
		return sid != null && !FakeTwilioCalls.isCall(sid) && requests.containsKey(sid);
	}

	private synchronized List<Taken> taken() {
		return received.stream()
			.map(message -> new Taken(message.id(), message.to(), message.from(), message.body(), message.receivedAt()))
			.toList();
	}

	private synchronized void store(SandboxMessage message) {
		if (received.size() == capacity) {
			requests.remove(received.removeFirst().id());
		}
		received.addLast(message);
	}

	private static void respond(HttpExchange exchange, Answer answer) throws IOException {
		SandboxHttp.respond(exchange, answer.status(), "application/json", Map.of(), answer.json());
	}

	@Override
	public void close() {
		server.stop(0);
		callbacks.close();
	}
}
