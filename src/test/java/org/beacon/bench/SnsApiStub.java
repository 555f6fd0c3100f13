package org.beacon.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.beacon.platform.sandbox.FakeSnsApi;
import org.beacon.platform.sandbox.FakeSnsApi.Answer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The SNS fake ({@link FakeSnsApi}) on a lean server, for the failover run: it counts the recipient of every Publish
 * it took, and remembers when it took the first one (System.nanoTime), the moment the traffic reached it.
 */
final class SnsApiStub implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	volatile Arrivals arrivals;

	final AtomicLong firstAt = new AtomicLong();

	SnsApiStub(Arrivals arrivals) throws IOException {
		this.arrivals = arrivals;
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
		server.createContext("/", this::handle);
		server.setExecutor(threads);
		server.start();
	}

	String endpoint() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String form;
		try (InputStream body = exchange.getRequestBody()) {
			form = new String(body.readAllBytes(), StandardCharsets.UTF_8);
		}
		Answer answer = FakeSnsApi.answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders().getFirst("Authorization"), form);
		if (answer.messageId() != null) {
			firstAt.compareAndSet(0, System.nanoTime());
			arrivals.arrived(Arrivals.Channel.SMS, Arrivals.indexOfPhone(answer.request().phoneNumber()));
		}
		exchange.getResponseHeaders().set("Content-Type", "text/xml");
		exchange.sendResponseHeaders(answer.status(), answer.xml().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer.xml());
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}
