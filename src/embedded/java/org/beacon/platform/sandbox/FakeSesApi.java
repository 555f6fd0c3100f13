package org.beacon.platform.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Amazon SES v2's {@code SendEmail} as Beacon's fakes of it speak it: the one place that knows its wire format
 * (REST-JSON: {@code POST /v2/email/outbound-emails}, a JSON body whose {@code Content.Raw.Data} is the MIME message in
 * base64; {@code {"MessageId": ...}} back, or an error named by the {@code x-amzn-ErrorType} header with a JSON
 * {@code message}, as AWS answers). The embedded default's {@link SesSandbox} serves it to the real AWS SDK.
 * <p>
 * Like SES it refuses a call without an AWS Signature Version 4 {@code Authorization} header scoped to the {@code ses}
 * service, or signed with another access key (the signature itself is not recomputed). Like SES for an account still
 * in SES's own sandbox refusing an unverified recipient, it refuses with {@code MessageRejected} a message to any
 * address of the {@code .invalid} top-level domain (RFC 2606), which can never exist; a message without From or
 * recipients is a {@code BadRequestException}.
 */
public final class FakeSesApi {

	/** The path of {@code SendEmail}. */
	public static final String SEND_EMAIL = "/v2/email/outbound-emails";

	/** The header that names an error's type; the AWS SDK reads the error code from it. */
	public static final String ERROR_TYPE = "x-amzn-ErrorType";

	private static final Pattern SIGV4 = Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/\\s]+)/(\\d{8})/([^/]+)/([^/]+)"
			+ "/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Session SESSION = Session.getInstance(new Properties());

	private FakeSesApi() {
	}

	/**
	 * SES's answer to a call.
	 *
	 * @param errorType the {@code x-amzn-ErrorType} of an error; null when SES took the message
	 * @param messageId SES's id of the message taken; null when it refused the call
	 * @param message the MIME message taken, as Beacon sent it; null when refused
	 * @param configurationSet the {@code ConfigurationSetName} the call named; null when none or refused
	 */
	public record Answer(int status, String errorType, byte[] json, String messageId, MimeMessage message,
			String configurationSet) {

		public boolean accepted() {
			return messageId != null;
		}

		/** The headers of the answer besides its JSON Content-Type, as SES sends them. */
		public Map<String, String> headers() {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
			if (errorType != null) {
				headers.put(ERROR_TYPE, errorType);
			}
			return headers;
		}
	}

	/**
	 * Answers a call to SES's API as SES does: 200 and the new message's id, or an error.
	 *
	 * @param authorization the call's {@code Authorization} header; null when it had none
	 * @param accessKeyId the access key SES knows; a call signed with another is refused
	 */
	public static Answer answer(String method, String path, String authorization, byte[] body, String accessKeyId) {
		if (!"POST".equals(method) || !SEND_EMAIL.equals(path)) {
			return error(404, "UnknownOperationException", "Unknown operation " + method + " " + path);
		}
		Answer refused = unsigned(authorization, accessKeyId);
		if (refused != null) {
			return refused;
		}
		JsonNode request;
		byte[] raw;
		try {
			request = JSON.readTree(body);
			raw = Base64.getDecoder().decode(request.path("Content").path("Raw").path("Data").asText(""));
		}
		catch (IOException | IllegalArgumentException ex) {
			return error(400, "BadRequestException", "The request body is not valid: " + ex.getMessage());
		}
		if (raw.length == 0) {
			return error(400, "BadRequestException", "Content.Raw.Data is required (the fake takes raw messages only)");
		}
		return take(raw, request.path("ConfigurationSetName").asText(null));
	}

	/** What SES answers while it is down: 503, every call. */
	public static Answer unavailable() {
		return error(503, "ServiceUnavailable", "Service is unavailable. Please try again later.");
	}

	/** An error as AWS answers one: its type in {@link #ERROR_TYPE}, its words in the JSON body. */
	public static Answer error(int status, String type, String message) {
		return new Answer(status, type, json(Map.of("message", message)), null, null, null);
	}

	private static Answer unsigned(String authorization, String accessKeyId) {
		if (authorization == null || authorization.isBlank()) {
			return error(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
		}
		Matcher sigv4 = SIGV4.matcher(authorization);
		if (!sigv4.matches() || !Arrays.asList(sigv4.group(5).split(";")).containsAll(
				List.of("host", "x-amz-date"))) {
			return error(400, "IncompleteSignatureException", "Authorization header requires an AWS4-HMAC-SHA256"
					+ " Credential, SignedHeaders (host and x-amz-date among them) and Signature.");
		}
		if (!"ses".equals(sigv4.group(4))) {
			return error(403, "InvalidSignatureException",
					"Credential should be scoped to correct service: 'ses'.");
		}
		if (!sigv4.group(1).equals(accessKeyId)) {
			return error(403, "UnrecognizedClientException", "The security token included in the request is invalid.");
		}
		return null;
	}

	private static Answer take(byte[] raw, String configurationSet) {
		try {
			MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
			Address[] recipients = message.getAllRecipients();
			if (message.getFrom() == null || recipients == null || recipients.length == 0) {
				return error(400, "BadRequestException", "Missing required header 'From' or recipients.");
			}
			for (Address recipient : recipients) {
				String address = recipient instanceof InternetAddress internet ? internet.getAddress() : "";
				if (address.toLowerCase(Locale.ROOT).endsWith(".invalid")) {
					return error(400, "MessageRejected", "Email address is not verified. The following identities"
							+ " failed the check in region US-EAST-1: " + address);
				}
			}
			String id = messageId();
			return new Answer(200, null, json(Map.of("MessageId", id)), id, message, configurationSet);
		}
		catch (MessagingException ex) {
			return error(400, "BadRequestException", "Could not parse the raw message: " + ex.getMessage());
		}
	}

	/** An id shaped like SES's: a hex timestamp, a UUID and a sequence. */
	private static String messageId() {
		return String.format("0100%012x-%s-000000", System.currentTimeMillis(), UUID.randomUUID());
	}

	private static byte[] json(Map<String, ?> value) {
		try {
			return JSON.writeValueAsBytes(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a map of strings is always JSON", ex);
		}
	}
}
