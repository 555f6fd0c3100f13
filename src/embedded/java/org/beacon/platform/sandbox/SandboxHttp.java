package org.beacon.platform.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/** How the sandbox's HTTP look-alikes write an answer: its status, its headers and its body, at once. */
final class SandboxHttp {

	private SandboxHttp() {
	}

	static void respond(HttpExchange exchange, int status, String contentType, Map<String, String> headers,
			byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		headers.forEach(exchange.getResponseHeaders()::set);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}
}
