package org.beacon.platform.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Twilio's Programmable Messaging API as Beacon's fakes of it speak it: the one place that knows the wire format of
 * its calls — the create-message call's form fields in, Twilio's JSON answers out (the message taken, an error). What
 * Twilio sends back later, the signed status callbacks, is {@link FakeTwilioCallbacks}. The embedded default's
 * {@link TwilioSandbox} serves it; the tests' WireMock stub and the benchmark's lean stub answer with it too, so every
 * fake answers the Twilio SDK alike and only their servers differ (one keeps an outbox, one injects faults, one is
 * built for speed). Like Twilio, it refuses a {@code To} that is not E.164 with error 21211.
 */
public final class FakeTwilioApi {

	/** The create-message call's path; its group is the account SID. */
	public static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	/** The date format of Twilio's answers, the one the Twilio SDK reads. */
	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

	private static final ObjectMapper JSON = new ObjectMapper();

	private FakeTwilioApi() {
	}

	/**
	 * A create-message call's form fields.
	 *
	 * @param from the sender: {@code From}, or the {@code MessagingServiceSid} when it sends through a service
	 * @param statusCallback where Twilio reports the message's delivery; null when not asked
	 */
	public record MessageRequest(String accountSid, String to, String from, String body, String statusCallback) {
	}

	/**
	 * Twilio's answer to a call.
	 *
	 * @param sid the new message's SID when Twilio took it; null when it refused the call
	 * @param request what the call asked for; null when it was no create-message call
	 */
	public record Answer(int status, byte[] json, String sid, MessageRequest request) {

		public boolean accepted() {
			return sid != null;
		}
	}

	/** Answers a call to Twilio's API as Twilio does: 201 and the message, or an error. */
	public static Answer answer(String method, String path, String form) {
		Matcher messages = MESSAGES.matcher(path);
		if (!"POST".equals(method) || !messages.matches()) {
			return new Answer(404, error(404, 20404, "The requested resource was not found"), null, null);
		}
		Map<String, String> fields = form(form);
		MessageRequest request = new MessageRequest(messages.group(1), fields.getOrDefault("To", ""),
				fields.getOrDefault("From", fields.get("MessagingServiceSid")), fields.get("Body"),
				fields.get("StatusCallback"));
		if (!E164.matcher(request.to()).matches()) {
			return new Answer(400, error(400, 21211, "The 'To' number " + request.to() + " is not a valid phone number."),
					null, request);
		}
		String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
		return new Answer(201, message(sid, request, Instant.now()), sid, request);
	}

	/** Twilio's JSON answer for an error: its code, its words and where its documentation is. */
	public static byte[] error(int status, int code, String message) {
		return json(Map.of("code", code, "message", message, "status", status, "more_info",
				"https://www.twilio.com/docs/errors/" + code));
	}

	private static byte[] message(String sid, MessageRequest request, Instant created) {
		String now = RFC_2822.format(created);
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("sid", sid);
		message.put("account_sid", request.accountSid());
		message.put("to", request.to());
		message.put("from", request.from());
		message.put("body", request.body());
		message.put("status", "queued");
		message.put("num_segments", "1");
		message.put("direction", "outbound-api");
		message.put("api_version", "2010-04-01");
		message.put("date_created", now);
		message.put("date_updated", now);
		message.put("uri", "/2010-04-01/Accounts/" + request.accountSid() + "/Messages/" + sid + ".json");
		return json(message);
	}

	/** The fields of a call's form body, decoded, in their order; a field without a value is left out. */
	public static Map<String, String> form(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	private static byte[] json(Map<String, ?> value) {
		try {
			return JSON.writeValueAsBytes(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a map of strings and numbers is always JSON", ex);
		}
	}
}
