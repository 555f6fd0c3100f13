package org.beacon.delivery.sms.twilio;

import java.util.Map;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderOutcomes;

/**
 * Twilio's error codes (https://www.twilio.com/docs/api/errors) and what each means for a message: the one table that
 * decides whether a Twilio answer is a permanent failure (recorded at once) or a transient one (retried with backoff).
 * Failures carry the code as {@code twilio:<code>}.
 */
final class TwilioErrorCodes {

	/**
	 * Errors that retrying cannot fix. Any other 4xx is permanent too, except the ones in {@link #TRANSIENT}.
	 */
	static final Map<Integer, String> PERMANENT = Map.of(
			21211, "invalid 'To' number",
			21214, "'To' number cannot be reached",
			21408, "sending to this region is not enabled",
			21610, "recipient replied STOP (unsubscribed)",
			21612, "'To' number cannot be reached from this sender",
			21614, "'To' number is not a mobile number",
			21617, "message body too long",
			30006, "landline or unreachable carrier",
			30007, "blocked by the carrier as spam");

	/** Errors sent with a 4xx status that are still worth retrying: rate limits and our own credentials. */
	static final Map<Integer, String> TRANSIENT = Map.of(
			20429, "too many requests",
			20003, "authentication failed (check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)",
			20005, "account not active");

	private static final String PROVIDER = "twilio";

	private TwilioErrorCodes() {
	}

	/** Classifies an answer of Twilio's API by its HTTP status and Twilio error code, either of which may be absent. */
	static DeliveryFailure failure(Integer httpStatus, Integer errorCode, String message) {
		int status = httpStatus == null ? 0 : httpStatus;
		String code = PROVIDER + ":" + (errorCode != null ? errorCode : status);
		if (errorCode != null && PERMANENT.containsKey(errorCode)) {
			return ProviderOutcomes.permanent(code, PERMANENT.get(errorCode) + " (" + message + ")");
		}
		boolean transientError = status == 429 || status >= 500 || status == 0
				|| (errorCode != null && TRANSIENT.containsKey(errorCode));
		return transientError ? ProviderOutcomes.retryable(code, message) : ProviderOutcomes.permanent(code, message);
	}

	/** A call that got no answer: connection refused, reset or timed out. */
	static DeliveryFailure unreachable(String message, Throwable cause) {
		return ProviderOutcomes.unreachable(PROVIDER, message, cause);
	}

	/** The code a delivery report's {@code ErrorCode} is recorded under in the ledger; null when it has none. */
	static String reportedCode(String errorCode) {
		return errorCode == null || errorCode.isBlank() ? null : PROVIDER + ":" + errorCode;
	}
}
