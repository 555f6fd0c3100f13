package org.beacon.platform.sandbox;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Twilio's Programmable Messaging API as Beacon's fakes of it speak it: the one place that knows the wire format of
 * its calls — the create-message call's form fields in, Twilio's JSON answers out (the message taken, an error). What
 * Twilio sends back later, the signed status callbacks, is {@link FakeTwilioCallbacks}. The embedded default's
 * {@link TwilioSandbox} serves it; the tests' WireMock stub and the benchmark's lean stub answer with it too, so every
 * fake answers the Twilio SDK alike and only their servers differ (one keeps an outbox, one injects faults, one is
 * built for speed). Like Twilio, it refuses a {@code To} that is not E.164 with error 21211. The fakes that keep what
 * they took answer the Messages list too ({@link #list}), filtered by {@code To} and {@code DateSent>} as the SDK
 * asks, newest first, a page at a time.
 */
public final class FakeTwilioApi {

	/** The create-message call's path; its group is the account SID. */
	public static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

	/** The create-call call's path (Programmable Voice); its group is the account SID. */
	public static final Pattern CALLS = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Calls\\.json");

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

	/**
	 * A message a fake took, as its Messages list shows it: sent at once.
	 *
	 * @param at when it was taken: its {@code date_created} and {@code date_sent}
	 */
	public record Taken(String sid, String to, String from, String body, Instant at) {
	}

	/** The Messages list's date-time filters, as the Twilio SDK writes them: UTC, no zone. */
	private static final DateTimeFormatter FILTER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final int PAGE_SIZE = 50;

	/** Whether the call reads the Messages list: a GET of the messages' path. */
	public static boolean isList(String method, String path) {
		return "GET".equals(method) && MESSAGES.matcher(path).matches();
	}

	/**
	 * Answers a Messages list call as Twilio does: the messages taken to {@code To}, sent at or after {@code DateSent>}
	 * (and before {@code DateSent<}), newest first, one page of {@code PageSize} at the {@code Page} asked, with the
	 * {@code next_page_uri} the SDK follows.
	 *
	 * @param query the call's query string, still encoded; null when it has none
	 */
	public static Answer list(String path, String query, Collection<Taken> taken) {
		Matcher messages = MESSAGES.matcher(path);
		if (!messages.matches()) {
			return new Answer(404, error(404, 20404, "The requested resource was not found"), null, null);
		}
		Map<String, String> filters = form(query == null ? "" : query);
		Instant after = instant(filters.get("DateSent>"), Instant.MIN);
		Instant before = instant(filters.get("DateSent<"), Instant.MAX);
		int size = Integer.parseInt(filters.getOrDefault("PageSize", String.valueOf(PAGE_SIZE)));
		int page = Integer.parseInt(filters.getOrDefault("Page", "0"));
		List<Taken> matching = taken.stream()
			.filter(message -> !filters.containsKey("To") || filters.get("To").equals(message.to()))
			.filter(message -> !message.at().isBefore(after) && message.at().isBefore(before))
			.sorted(Comparator.comparing(Taken::at).reversed())
			.toList();
		List<Map<String, Object>> shown = matching.stream().skip((long) page * size).limit(size)
			.map(message -> listed(messages.group(1), message))
			.toList();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("messages", shown);
		answer.put("uri", pageUri(path, filters, size, page));
		answer.put("first_page_uri", pageUri(path, filters, size, 0));
		answer.put("previous_page_uri", page == 0 ? null : pageUri(path, filters, size, page - 1));
		answer.put("next_page_uri", (long) (page + 1) * size < matching.size() ? pageUri(path, filters, size, page + 1)
				: null);
		answer.put("page", page);
		answer.put("page_size", size);
		answer.put("start", page * size);
		answer.put("end", page * size + Math.max(shown.size() - 1, 0));
		return new Answer(200, json(answer), null, null);
	}

	private static Map<String, Object> listed(String accountSid, Taken taken) {
		Map<String, Object> message = message(taken.sid(),
				new MessageRequest(accountSid, taken.to(), taken.from(), taken.body(), null), taken.at());
		message.put("status", "sent");
		message.put("date_sent", RFC_2822.format(taken.at()));
		return message;
	}

	private static Instant instant(String filter, Instant otherwise) {
		return filter == null ? otherwise : LocalDateTime.parse(filter, FILTER).toInstant(ZoneOffset.UTC);
	}

	private static String pageUri(String path, Map<String, String> filters, int size, int page) {
		Map<String, String> query = new LinkedHashMap<>(filters);
		query.put("PageSize", String.valueOf(size));
		query.put("Page", String.valueOf(page));
		return path + "?" + query.entrySet().stream()
			.map(filter -> URLEncoder.encode(filter.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** Answers a call to Twilio's API as Twilio does: 201 and the message (or phone call), or an error. */
	public static Answer answer(String method, String path, String form) {
		Matcher calls = CALLS.matcher(path);
		if ("POST".equals(method) && calls.matches()) {
			return FakeTwilioCalls.answer(calls.group(1), form(form));
		}
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
		return new Answer(201, json(message(sid, request, Instant.now())), sid, request);
	}

	/**
	 * What Twilio answers while it is down, to every call: 503 with its error 20503. The Twilio SDK reads it as an
	 * {@code ApiException} of that status and code, which Beacon retries and counts against Twilio's circuit.
	 */
	public static Answer unavailable() {
		return new Answer(503, error(503, 20503, "Service Unavailable"), null, null);
	}

	/** Whether a To is a number Twilio would take: E.164. */
	static boolean e164(String to) {
		return E164.matcher(to).matches();
	}

	/** Twilio's date format, as its answers write dates. */
	static String date(Instant at) {
		return RFC_2822.format(at);
	}

	/** Twilio's JSON answer for an error: its code, its words and where its documentation is. */
	public static byte[] error(int status, int code, String message) {
		return json(Map.of("code", code, "message", message, "status", status, "more_info",
				"https://www.twilio.com/docs/errors/" + code));
	}

	private static Map<String, Object> message(String sid, MessageRequest request, Instant created) {
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
		return message;
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

	static byte[] json(Map<String, ?> value) {
		try {
			return JSON.writeValueAsBytes(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a map of strings and numbers is always JSON", ex);
		}
	}
}
