package org.beacon.support.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Sends a generated request as it is, over real HTTP, and reads the answer (only the head of a stream). */
public final class Sender {

	/** An answer: its status (-1 for none), headers and body (cut at 4 MB). */
	public record Answer(int status, HttpHeaders headers, String body) {

		public String contentType() {
			return headers.firstValue("Content-Type").orElse("");
		}
	}

	private static final int MAX_BODY = 4 << 20;

	private final String root;

	public Sender(String root) {
		this.root = root;
	}

	public Answer send(FuzzRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + request.target()))
			.timeout(Duration.ofSeconds(30))
			.method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(request.body()));
		for (Map.Entry<String, String> header : request.headers().entrySet()) {
			try {
				builder.header(header.getKey(), header.getValue());
			}
			catch (IllegalArgumentException refused) {
				// The client sends only what HTTP allows in a header: the same value with the rest replaced.
				builder.header(header.getKey(), header.getValue().replaceAll("[^\\x20-\\x7E]", "?"));
			}
		}
		try {
			HttpResponse<InputStream> response = request.visitor().client().send(builder.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				byte[] bytes = request.endpoint().streams() && response.statusCode() == 200 ? new byte[0]
						: body.readNBytes(MAX_BODY);
				return new Answer(response.statusCode(), response.headers(), new String(bytes, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			// The server closed the connection without an answer (or before the client could read it).
			return new Answer(-1, HttpHeaders.of(Map.of(), (name, value) -> true), String.valueOf(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
