package org.beacon.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.beacon.platform.sandbox.FakeTwilioApi;
import org.beacon.platform.sandbox.FakeTwilioApi.Answer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Twilio fake ({@link FakeTwilioApi}) on a server lean enough not to be what a benchmark measures: no journal, no
 * outbox; it counts the recipient of every create-message call and hands each message it took to
 * {@link StatusCallbacks}, which reports its delivery to Beacon as Twilio would.
 */
final class TwilioApiStub implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	volatile Arrivals arrivals;

	private final StatusCallbacks callbacks;

	/** Whether the messages taken are reported: not those of the raw rate's warm-up, which has no Beacon to tell. */
	volatile boolean reporting;

	/** Whether every call is answered as Twilio answers while it is down (503), for the failover run. */
	volatile boolean failing;

	/** Messages taken while reporting: those of Beacon's run. */
	final AtomicLong taken = new AtomicLong();

	TwilioApiStub(Arrivals arrivals, StatusCallbacks callbacks) throws IOException {
		this.arrivals = arrivals;
		this.callbacks = callbacks;
		// Without it the JDK's server waits for the client's delayed ACK between a response's headers and body
		// (Nagle's algorithm): 40 ms per call, which would measure TCP rather than anything else.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
		server.createContext("/2010-04-01/Accounts/", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String form;
		try (InputStream body = exchange.getRequestBody()) {
			form = new String(body.readAllBytes(), StandardCharsets.UTF_8);
		}
		Answer answer = failing ? FakeTwilioApi.unavailable()
				: FakeTwilioApi.answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), form);
		// A message the fake refused did not arrive: the benchmark counts it lost.
		arrivals.arrived(Arrivals.Channel.SMS, Arrivals.indexOfPhone(answer.accepted() ? answer.request().to() : null));
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), answer.json().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer.json());
		}
		if (answer.accepted() && reporting) {
			taken.incrementAndGet();
			callbacks.taken(answer.sid(), answer.request());
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}
