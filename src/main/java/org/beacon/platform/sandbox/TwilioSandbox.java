package org.beacon.platform.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server that answers the Twilio Programmable Messaging "create message" call the way Twilio does, so
 * the embedded default exercises the real Twilio SDK end to end without reaching a phone. It rejects a {@code To}
 * that is not E.164 with Twilio's error 21211, like the real API, and reports each message's delivery to its
 * {@code StatusCallback} as Twilio does: "sent", then "delivered", signed with the auth token.
 */
final class TwilioSandbox implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TwilioSandbox.class);

	private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private final HttpServer server;

	private final ObjectMapper json;

	private final int capacity;

	private final Deque<SandboxMessage> received = new ArrayDeque<>();

	private final StatusCallbacks callbacks;

	private TwilioSandbox(HttpServer server, ObjectMapper json, int capacity, StatusCallbacks callbacks) {
		this.server = server;
		this.json = json;
		this.capacity = capacity;
		this.callbacks = callbacks;
	}

	static TwilioSandbox start(int port, int capacity, ObjectMapper json, String authToken) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		TwilioSandbox sandbox = new TwilioSandbox(server, json, capacity, new StatusCallbacks(authToken));
		server.createContext("/2010-04-01/", sandbox::handle);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
		log.info("Sandbox Twilio API listening on http://127.0.0.1:{}", port);
		return sandbox;
	}

	synchronized List<SandboxMessage> received() {
		return List.copyOf(received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Matcher path = MESSAGES.matcher(exchange.getRequestURI().getPath());
			if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
				respond(exchange, 404, error(20404, "The requested resource was not found", 404));
				return;
			}
			Map<String, String> form = form(exchange.getRequestBody());
			String to = form.getOrDefault("To", "");
			if (!E164.matcher(to).matches()) {
				respond(exchange, 400, error(21211, "The 'To' number " + to + " is not a valid phone number.", 400));
				return;
			}
			String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
			Instant now = Instant.now();
			String from = form.getOrDefault("From", form.get("MessagingServiceSid"));
			store(new SandboxMessage("SMS", sid, from, to, List.of(to), null, form.get("Body"), now));
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("sid", sid);
			message.put("account_sid", path.group(1));
			message.put("to", to);
			message.put("from", from);
			message.put("body", form.get("Body"));
			message.put("status", "queued");
			message.put("num_segments", "1");
			message.put("direction", "outbound-api");
			message.put("api_version", "2010-04-01");
			message.put("date_created", RFC_2822.format(now));
			message.put("date_updated", RFC_2822.format(now));
			message.put("uri", "/2010-04-01/Accounts/" + path.group(1) + "/Messages/" + sid + ".json");
			respond(exchange, 201, message);
			if (form.get("StatusCallback") != null) {
				callbacks.report(form.get("StatusCallback"), sid, to, from);
			}
		}
	}

	private synchronized void store(SandboxMessage message) {
		if (received.size() == capacity) {
			received.removeFirst();
		}
		received.addLast(message);
	}

	private static Map<String, Object> error(int code, String message, int status) {
		return Map.of("code", code, "message", message, "status", status, "more_info",
				"https://www.twilio.com/docs/errors/" + code);
	}

	private void respond(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = json.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> form(InputStream body) throws IOException {
		Map<String, String> form = new LinkedHashMap<>();
		String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
		for (String pair : text.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	@Override
	public void close() {
		server.stop(0);
		callbacks.close();
	}
}
