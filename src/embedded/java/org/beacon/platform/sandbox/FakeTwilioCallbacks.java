package org.beacon.platform.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.beacon.platform.sandbox.FakeTwilioApi.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status callbacks of the Twilio fake, the other half of {@link FakeTwilioApi}: the one place that knows their
 * wire format (Twilio's fields, posted as a form) and how Twilio signs them ({@link #signature}). The sandbox sends a
 * message's reports a moment after it was accepted, "sent" then "delivered", as Twilio does.
 */
public final class FakeTwilioCallbacks implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FakeTwilioCallbacks.class);

	private final String authToken;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "sandbox-twilio-callbacks");
		thread.setDaemon(true);
		return thread;
	});

	FakeTwilioCallbacks(String authToken) {
		this.authToken = authToken;
	}

	/**
	 * The {@code X-Twilio-Signature} of a callback: HMAC-SHA1 with the auth token over the URL and the parameters
	 * sorted by name, each name followed by its value, in Base64.
	 */
	public static String signature(String authToken, String url, Map<String, String> params) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every JVM has HmacSHA1", ex);
		}
	}

	/** Reports the message's delivery to the callback URL it asked for. */
	void report(String sid, MessageRequest request) {
		scheduler.schedule(() -> send(sid, request, "sent"), 200, TimeUnit.MILLISECONDS);
		scheduler.schedule(() -> send(sid, request, "delivered"), 500, TimeUnit.MILLISECONDS);
	}

	/**
	 * Twilio's status callback about a message it took: a form POST to the message's {@code StatusCallback}, signed
	 * with the auth token.
	 *
	 * @param status Twilio's {@code MessageStatus}: sent, delivered, undelivered, failed
	 */
	public static HttpRequest callback(String authToken, String sid, MessageRequest request, String status) {
		String url = request.statusCallback();
		Map<String, String> params = Map.of("MessageSid", sid, "SmsSid", sid, "MessageStatus", status, "SmsStatus",
				status, "To", request.to(), "From", request.from() == null ? "" : request.from(), "AccountSid",
				request.accountSid());
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", signature(authToken, url, params))
			.POST(HttpRequest.BodyPublishers.ofString(form(params)))
			.build();
	}

	/** Reports that the call was answered and ended, as Twilio's {@code CallStatus} callback does. */
	void reportCall(String sid, MessageRequest call) {
		scheduler.schedule(() -> send(callEnded(authToken, sid, call, "completed"), sid, call, "completed"), 300,
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Twilio's status callback about a call it placed: a form POST to the call's {@code StatusCallback}, signed.
	 *
	 * @param status Twilio's final {@code CallStatus}: completed, busy, no-answer, failed, canceled
	 */
	public static HttpRequest callEnded(String authToken, String sid, MessageRequest call, String status) {
		return signedForm(authToken, call.statusCallback(), Map.of("CallSid", sid, "CallStatus", status, "To",
				call.to(), "From", call.from() == null ? "" : call.from(), "AccountSid", call.accountSid(), "Direction",
				"outbound-api"));
	}

	/**
	 * What Twilio posts when the person called pressed keys during a {@code <Gather>}: a form POST to its
	 * {@code action}, signed.
	 *
	 * @param digits the keys pressed; empty when none
	 */
	public static HttpRequest gathered(String authToken, String action, String sid, MessageRequest call,
			String digits) {
		return signedForm(authToken, action, Map.of("CallSid", sid, "Digits", digits, "To", call.to(), "From",
				call.from() == null ? "" : call.from(), "AccountSid", call.accountSid(), "CallStatus", "in-progress"));
	}

	/**
	 * What Twilio posts when someone texts a Twilio number whose "A message comes in" webhook is {@code url}: a form
	 * POST of the message's fields, signed.
	 *
	 * @param messageSid the incoming message's SID ({@code SM…}), which Twilio gives it on arrival
	 * @param from the phone that sent it
	 * @param to the Twilio number it was sent to
	 */
	public static HttpRequest inbound(String authToken, String url, String messageSid, String accountSid, String from,
			String to, String body) {
		Map<String, String> params = new TreeMap<>();
		params.put("MessageSid", messageSid);
		params.put("SmsSid", messageSid);
		params.put("SmsMessageSid", messageSid);
		params.put("AccountSid", accountSid);
		params.put("From", from);
		params.put("To", to);
		params.put("Body", body);
		params.put("NumMedia", "0");
		params.put("SmsStatus", "received");
		params.put("ApiVersion", "2010-04-01");
		return signedForm(authToken, url, params);
	}

	/** A new SID for a message Twilio received: {@code SM} and 32 hex digits. */
	static String incomingSid() {
		return "SM" + UUID.randomUUID().toString().replace("-", "");
	}

	/** Presses keys in a call the sandbox placed; returns Beacon's answer. */
	WebhookAnswer press(SandboxWebhooks beacon, String action, String sid, MessageRequest call, String digits)
			throws IOException, InterruptedException {
		return post(gathered(authToken, action, sid, call, digits), beacon);
	}

	/** Texts Beacon's number from the phone a message went to, in answer to it; returns Beacon's answer. */
	WebhookAnswer reply(SandboxWebhooks beacon, MessageRequest message, String body)
			throws IOException, InterruptedException {
		return post(inbound(authToken, beacon.inbound(), incomingSid(), message.accountSid(), message.to(),
				message.from() == null ? "" : message.from(), body), beacon);
	}

	/** Posts a signed request where Beacon is reached; the signature still covers the URL Twilio was given. */
	private WebhookAnswer post(HttpRequest signed, SandboxWebhooks beacon) throws IOException, InterruptedException {
		HttpRequest routed = HttpRequest.newBuilder(signed, (name, value) -> true)
			.uri(beacon.route(signed.uri().toString()))
			.build();
		HttpResponse<String> answer = http.send(routed, HttpResponse.BodyHandlers.ofString());
		return new WebhookAnswer(answer.statusCode(), answer.body());
	}

	private static HttpRequest signedForm(String authToken, String url, Map<String, String> params) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", signature(authToken, url, params))
			.POST(HttpRequest.BodyPublishers.ofString(form(params)))
			.build();
	}

	private void send(String sid, MessageRequest request, String status) {
		send(callback(authToken, sid, request, status), sid, request, status);
	}

	private void send(HttpRequest callback, String sid, MessageRequest request, String status) {
		try {
			int code = http.send(callback, HttpResponse.BodyHandlers.discarding()).statusCode();
			log.debug("Sandbox reported {} for {} to {}: HTTP {}", status, sid, request.statusCallback(), code);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.debug("Sandbox could not report {} for {} to {}: {}", status, sid, request.statusCallback(),
					ex.toString());
		}
	}

	private static String form(Map<String, String> params) {
		return new TreeMap<>(params).entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	@Override
	public void close() {
		scheduler.shutdownNow();
	}
}
