package org.beacon.delivery.sms.sns;

import java.util.Map;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderOutcomes;

/**
 * Amazon SNS's error codes (those of its API reference for {@code Publish}, and AWS's common ones) and what each means
 * for a message: the one table that decides whether an SNS answer is a permanent failure (recorded at once) or a
 * transient one (retried with backoff). Failures carry the code as {@code sns:<code>}, or {@code sns:<status>} when
 * the answer named none.
 */
final class SnsErrorCodes {

	/**
	 * Errors that retrying cannot fix. Any other 4xx is permanent too, except the ones in {@link #TRANSIENT}.
	 */
	static final Map<String, String> PERMANENT = Map.of(
			"InvalidParameter", "invalid parameter, such as a 'PhoneNumber' that is not E.164",
			"ParameterValueInvalid", "invalid parameter value",
			"ValidationException", "the request is not valid",
			"OptedOut", "the number opted out of SMS from this account",
			"EndpointDisabled", "the destination is disabled");

	/** Errors sent with a 4xx status that are still worth retrying: rate limits and our own credentials. */
	static final Map<String, String> TRANSIENT = Map.of(
			"Throttling", "request rate exceeded",
			"Throttled", "request rate exceeded",
			"AuthorizationError", "not allowed to publish SMS (check the IAM policy)",
			"InvalidClientTokenId", "unknown access key (check AWS_ACCESS_KEY_ID)",
			"SignatureDoesNotMatch", "signature refused (check AWS_SECRET_ACCESS_KEY)",
			"ExpiredToken", "the credentials expired",
			"RequestExpired", "the request's time is too far off (check the clock)");

	private static final String PROVIDER = "sns";

	private SnsErrorCodes() {
	}

	/** Classifies an answer of SNS's API by its HTTP status and AWS error code, either of which may be absent. */
	static DeliveryFailure failure(Integer httpStatus, String errorCode, String message) {
		int status = httpStatus == null ? 0 : httpStatus;
		boolean named = errorCode != null && !errorCode.isBlank();
		String code = PROVIDER + ":" + (named ? errorCode : status);
		if (named && PERMANENT.containsKey(errorCode)) {
			return ProviderOutcomes.permanent(code, PERMANENT.get(errorCode) + " (" + message + ")");
		}
		boolean transientError = status == 429 || status >= 500 || status == 0
				|| (named && TRANSIENT.containsKey(errorCode));
		return transientError ? ProviderOutcomes.retryable(code, message) : ProviderOutcomes.permanent(code, message);
	}

	/** A call that got no answer: connection refused, reset or timed out. */
	static DeliveryFailure unreachable(String message, Throwable cause) {
		return ProviderOutcomes.unreachable(PROVIDER, message, cause);
	}
}
