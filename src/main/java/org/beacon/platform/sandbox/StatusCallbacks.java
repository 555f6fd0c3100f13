package org.beacon.platform.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the delivery reports a sandbox message would get from Twilio, a moment after it was accepted, signed the
 * way Twilio signs them (HMAC-SHA1 of the URL and the sorted parameters, with the auth token).
 */
final class StatusCallbacks implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StatusCallbacks.class);

	private final String authToken;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "sandbox-twilio-callbacks");
		thread.setDaemon(true);
		return thread;
	});

	StatusCallbacks(String authToken) {
		this.authToken = authToken;
	}

	void report(String url, String sid, String to, String from) {
		scheduler.schedule(() -> send(url, sid, to, from, "sent"), 200, TimeUnit.MILLISECONDS);
		scheduler.schedule(() -> send(url, sid, to, from, "delivered"), 500, TimeUnit.MILLISECONDS);
	}

	private void send(String url, String sid, String to, String from, String status) {
		Map<String, String> params = new TreeMap<>(Map.of("MessageSid", sid, "SmsSid", sid, "MessageStatus", status,
				"SmsStatus", status, "To", to, "From", from == null ? "" : from, "AccountSid", "ACsandbox"));
		String body = params.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Twilio-Signature", signature(url, params))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			int code = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			log.debug("Sandbox reported {} for {} to {}: HTTP {}", status, sid, url, code);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.debug("Sandbox could not report {} for {} to {}: {}", status, sid, url, ex.toString());
		}
	}

	private String signature(String url, Map<String, String> sortedParams) throws Exception {
		StringBuilder data = new StringBuilder(url);
		sortedParams.forEach((name, value) -> data.append(name).append(value));
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public void close() {
		scheduler.shutdownNow();
	}
}
