package org.beacon.platform.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.beacon.platform.sandbox.FakeSnsApi.Answer;
import org.beacon.platform.sandbox.FakeSnsApi.PublishRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server that serves the SNS fake ({@link FakeSnsApi}) to the real AWS SDK, so the embedded default
 * exercises Beacon's second SMS provider end to end without reaching a phone. It keeps what it took for the outbox. It
 * sends no delivery reports: SNS has no per-message callbacks (its delivery status goes to CloudWatch Logs).
 * <p>
 * Public, where the other sandbox servers are not, for its switches: {@link #failing(boolean)} makes SNS fail, to
 * watch traffic move to the other provider and come back, and tests run the AWS SDK against it.
 */
public final class SnsSandbox implements FailingSwitch, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SnsSandbox.class);

	private final HttpServer server;

	private final ExecutorService executor;

	private final int capacity;

	private final Deque<SandboxMessage> received = new ArrayDeque<>();

	private final AtomicInteger calls = new AtomicInteger();

	private volatile boolean failing;

	private volatile boolean throttling;

	private SnsSandbox(HttpServer server, ExecutorService executor, int capacity) {
		this.server = server;
		this.executor = executor;
		this.capacity = capacity;
	}

	/**
	 * Starts the server on 127.0.0.1.
	 *
	 * @param port its port; 0 for any free one ({@link #endpoint()} tells which)
	 * @param capacity how many received messages it keeps, the latest
	 */
	public static SnsSandbox start(int port, int capacity) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		ExecutorService executor = Executors.newFixedThreadPool(4);
		SnsSandbox sandbox = new SnsSandbox(server, executor, capacity);
		server.createContext("/", sandbox::handle);
		server.setExecutor(executor);
		server.start();
		log.info("Sandbox SNS API listening on {}", sandbox.endpoint());
		return sandbox;
	}

	/** Where the AWS SDK's SNS client is sent: {@code http://127.0.0.1:<port>}. */
	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/** The text messages SNS took, oldest first. */
	public synchronized List<SandboxMessage> received() {
		return List.copyOf(received);
	}

	/** While on, every call is answered 503 {@code ServiceUnavailable}, as SNS does in an outage. */
	@Override
	public void failing(boolean on) {
		failing = on;
		log.info("Sandbox SNS API {}", on ? "fails every call (503)" : "answers again");
	}

	@Override
	public boolean failing() {
		return failing;
	}

	/** While on (and not failing), every call is answered 400 {@code Throttling}, as SNS does past the rate. */
	public void throttling(boolean on) {
		throttling = on;
	}

	/** Calls received since the start, whatever their answer: the AWS SDK's retries would show here. */
	public int calls() {
		return calls.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			calls.incrementAndGet();
			String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Answer answer = answer(exchange, form);
			if (answer.accepted()) {
				PublishRequest request = answer.request();
				store(new SandboxMessage("SMS", answer.messageId(), request.from(), request.phoneNumber(),
						List.of(request.phoneNumber()), null, request.message(), Instant.now()));
			}
			respond(exchange, answer);
		}
	}

	private Answer answer(HttpExchange exchange, String form) {
		if (failing) {
			return FakeSnsApi.unavailable();
		}
		if (throttling) {
			return FakeSnsApi.throttled();
		}
		return FakeSnsApi.answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders().getFirst("Authorization"), form);
	}

	private synchronized void store(SandboxMessage message) {
		if (received.size() == capacity) {
			received.removeFirst();
		}
		received.addLast(message);
	}

	private static void respond(HttpExchange exchange, Answer answer) throws IOException {
		SandboxHttp.respond(exchange, answer.status(), "text/xml", Map.of(), answer.xml());
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
