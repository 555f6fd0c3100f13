package org.beacon.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Posts a provider's request to one of Beacon's webhooks as the benchmarks' senders do. */
final class WebhookPost {

	private WebhookPost() {
	}

	/** Beacon's answer; empty when the request failed (or the sender was interrupted, which stays set). */
	static Optional<HttpResponse<String>> send(HttpClient http, HttpRequest request) {
		try {
			return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}
}
