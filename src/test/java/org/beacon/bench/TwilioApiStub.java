package org.beacon.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Twilio's Messages API, lean enough not to be what a benchmark measures: it answers every
 * create-message call with 201 and a fresh SID, like Twilio, and counts the recipient.
 */
final class TwilioApiStub implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	volatile Arrivals arrivals;

	TwilioApiStub(Arrivals arrivals) throws IOException {
		this.arrivals = arrivals;
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
		String to = null;
		try (InputStream body = exchange.getRequestBody()) {
			String form = new String(body.readAllBytes(), StandardCharsets.UTF_8);
			for (String pair : form.split("&")) {
				if (pair.startsWith("To=")) {
					to = URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
				}
			}
		}
		arrivals.arrived(Arrivals.Channel.SMS, Arrivals.indexOfPhone(to));
		String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
		byte[] answer = ("{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"num_segments\": \"1\", "
				+ "\"direction\": \"outbound-api\", \"api_version\": \"2010-04-01\"}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(201, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}
