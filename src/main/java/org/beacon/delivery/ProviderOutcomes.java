package org.beacon.delivery;

import java.util.Map;

/**
 * The one table that decides, for every provider answer, whether a failure is permanent (recorded at once) or
 * transient (retried with backoff).
 */
public final class ProviderOutcomes {

	/**
	 * Twilio error codes that retrying cannot fix (https://www.twilio.com/docs/api/errors). Any other 4xx is
	 * permanent too, except the ones in {@link #TWILIO_TRANSIENT}.
	 */
	static final Map<Integer, String> TWILIO_PERMANENT = Map.of(
			21211, "invalid 'To' number",
			21214, "'To' number cannot be reached",
			21408, "sending to this region is not enabled",
			21610, "recipient replied STOP (unsubscribed)",
			21612, "'To' number cannot be reached from this sender",
			21614, "'To' number is not a mobile number",
			21617, "message body too long",
			30006, "landline or unreachable carrier",
			30007, "blocked by the carrier as spam");

	/** Twilio errors sent with a 4xx status that are still worth retrying: rate limits and our own credentials. */
	static final Map<Integer, String> TWILIO_TRANSIENT = Map.of(
			20429, "too many requests",
			20003, "authentication failed (check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)",
			20005, "account not active");

	private ProviderOutcomes() {
	}

	/** Classifies a Twilio API error by its HTTP status and Twilio error code. */
	public static DeliveryFailure twilio(Integer httpStatus, Integer errorCode, String message) {
		int status = httpStatus == null ? 0 : httpStatus;
		String code = "twilio:" + (errorCode != null ? errorCode : status);
		if (errorCode != null && TWILIO_PERMANENT.containsKey(errorCode)) {
			return new DeliveryFailure(true, code, TWILIO_PERMANENT.get(errorCode) + " (" + message + ")", null);
		}
		boolean transientError = status == 429 || status >= 500 || status == 0
				|| (errorCode != null && TWILIO_TRANSIENT.containsKey(errorCode));
		return new DeliveryFailure(!transientError, code, message, null);
	}

	/** A Twilio call that got no answer: connection refused, reset or timed out. */
	public static DeliveryFailure twilioUnreachable(String message, Throwable cause) {
		return new DeliveryFailure(false, "twilio:connection", message, cause);
	}

	/** Classifies an SMTP reply: 4xx is transient, 5xx permanent (RFC 5321, section 4.2.1). */
	public static DeliveryFailure smtp(int replyCode, String message) {
		return new DeliveryFailure(replyCode >= 500, "smtp:" + replyCode, message, null);
	}

	/** An SMTP relay that could not be reached or dropped the connection. */
	public static DeliveryFailure smtpUnreachable(String message, Throwable cause) {
		return new DeliveryFailure(false, "smtp:connection", message, cause);
	}

	/** A message that could not even be built for this address (malformed address): retrying cannot help. */
	public static DeliveryFailure unsendable(String code, String message) {
		return new DeliveryFailure(true, code, message, null);
	}
}
