package org.beacon.platform.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amazon SNS's API as Beacon's fakes of it speak it: the one place that knows its wire format. The AWS SDK for Java v2
 * calls SNS over the AWS Query protocol (its generated marshallers use {@code AwsQueryProtocolFactory}): a
 * form-encoded POST to {@code /} naming the {@code Action} and {@code Version} (2010-03-31), signed with Signature
 * Version 4, answered in XML ({@code <PublishResponse><PublishResult><MessageId>}, or an {@code <ErrorResponse>} whose
 * {@code <Error>} has a {@code Type}, {@code Code} and {@code Message}). Only {@code Publish} to a phone number is
 * served. Like SNS, it refuses a call without a SigV4 {@code Authorization} header for the {@code sns} service (403)
 * and a {@code PhoneNumber} that is not E.164 ({@code InvalidParameter}, 400).
 * <p>
 * SNS calls nobody back per message: the delivery status of an SMS goes to CloudWatch Logs, not to a webhook, so the
 * fake sends no delivery reports.
 */
public final class FakeSnsApi {

	/** The message attribute that names the alphanumeric sender ID. */
	public static final String SENDER_ID = "AWS.SNS.SMS.SenderID";

	/** The message attribute that names the number or short code sending the SMS. */
	public static final String ORIGINATION_NUMBER = "AWS.MM.SMS.OriginationNumber";

	private static final String NAMESPACE = "https://sns.amazonaws.com/doc/2010-03-31/";

	private static final String VERSION = "2010-03-31";

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	/** A SigV4 authorization for the {@code sns} service; the signature itself is not checked. */
	private static final Pattern SIGV4 = Pattern.compile("AWS4-HMAC-SHA256 Credential=[^/\\s,]+/\\d{8}/[a-z0-9-]+/sns/"
			+ "aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}");

	private static final Pattern ATTRIBUTE_NAME = Pattern.compile("MessageAttributes\\.entry\\.(\\d+)\\.Name");

	private FakeSnsApi() {
	}

	/**
	 * A {@code Publish} call's parameters.
	 *
	 * @param attributes the message attributes' string values by name ({@code AWS.SNS.SMS.SMSType}, ...)
	 */
	public record PublishRequest(String phoneNumber, String message, Map<String, String> attributes) {

		public PublishRequest {
			attributes = Map.copyOf(attributes);
		}

		/** The sender as the SMS names it: the origination number, else the sender ID; null when neither is set. */
		public String from() {
			return attributes.getOrDefault(ORIGINATION_NUMBER, attributes.get(SENDER_ID));
		}
	}

	/**
	 * SNS's answer to a call.
	 *
	 * @param messageId the id SNS gave the message when it took it; null when it refused the call
	 * @param request what the call asked for; null when it was no {@code Publish} SNS would read
	 */
	public record Answer(int status, byte[] xml, String messageId, PublishRequest request) {

		public boolean accepted() {
			return messageId != null;
		}
	}

	/**
	 * Answers a call to SNS's API as SNS does: 200 and the message id, or an error.
	 *
	 * @param authorization the call's {@code Authorization} header; null when it had none
	 * @param form the call's form-encoded body
	 */
	public static Answer answer(String method, String path, String authorization, String form) {
		if (authorization == null) {
			return refused(403, "Sender", "MissingAuthenticationToken",
					"Request is missing Authentication Token");
		}
		if (!SIGV4.matcher(authorization).matches()) {
			return refused(400, "Sender", "IncompleteSignature",
					"The request signature does not conform to AWS standards.");
		}
		Map<String, String> fields = FakeTwilioApi.form(form);
		String action = fields.getOrDefault("Action", "");
		if (!"POST".equals(method) || !"/".equals(path) || !"Publish".equals(action)
				|| !VERSION.equals(fields.get("Version"))) {
			return refused(400, "Sender", "InvalidAction", "Could not find operation " + action + " for version "
					+ fields.getOrDefault("Version", "") + ".");
		}
		return publish(new PublishRequest(fields.getOrDefault("PhoneNumber", ""), fields.getOrDefault("Message", ""),
				attributes(fields)));
	}

	/** SNS's answer past the account's request rate. */
	public static Answer throttled() {
		return refused(400, "Sender", "Throttling", "Rate exceeded");
	}

	/** SNS's answer while it cannot take calls. */
	public static Answer unavailable() {
		return refused(503, "Receiver", "ServiceUnavailable",
				"The request has failed due to a temporary failure of the server.");
	}

	/** SNS's XML answer for an error: who is at fault ({@code Sender} or {@code Receiver}), its code and its words. */
	public static byte[] error(String type, String code, String message) {
		return ("<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>" + type + "</Type><Code>" + code
				+ "</Code><Message>" + escaped(message) + "</Message></Error><RequestId>" + UUID.randomUUID()
				+ "</RequestId></ErrorResponse>").getBytes(StandardCharsets.UTF_8);
	}

	private static Answer publish(PublishRequest request) {
		if (!E164.matcher(request.phoneNumber()).matches()) {
			return new Answer(400, error("Sender", "InvalidParameter", "Invalid parameter: PhoneNumber Reason: "
					+ request.phoneNumber() + " is not valid to publish to"), null, request);
		}
		if (request.message().isEmpty()) {
			return new Answer(400, error("Sender", "InvalidParameter", "Invalid parameter: Empty message"), null,
					request);
		}
		String messageId = UUID.randomUUID().toString();
		byte[] xml = ("<PublishResponse xmlns=\"" + NAMESPACE + "\"><PublishResult><MessageId>" + messageId
				+ "</MessageId></PublishResult><ResponseMetadata><RequestId>" + UUID.randomUUID()
				+ "</RequestId></ResponseMetadata></PublishResponse>").getBytes(StandardCharsets.UTF_8);
		return new Answer(200, xml, messageId, request);
	}

	/** The message attributes' string values, from the Query protocol's {@code MessageAttributes.entry.N.*} fields. */
	private static Map<String, String> attributes(Map<String, String> fields) {
		Map<String, String> attributes = new LinkedHashMap<>();
		fields.forEach((field, name) -> {
			Matcher entry = ATTRIBUTE_NAME.matcher(field);
			if (entry.matches()) {
				String value = fields.get("MessageAttributes.entry." + entry.group(1) + ".Value.StringValue");
				if (value != null) {
					attributes.put(name, value);
				}
			}
		});
		return attributes;
	}

	private static Answer refused(int status, String type, String code, String message) {
		return new Answer(status, error(type, code, message), null, null);
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
