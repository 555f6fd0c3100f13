package org.beacon.delivery.email.ses;

import java.util.Map;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderOutcomes;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Amazon SES v2's errors (the {@code SendEmail} operation's, https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html)
 * and what each means for a message: the one table that decides whether an SES answer is a permanent failure
 * (recorded at once) or a transient one (retried with backoff). Failures carry SES's error code as
 * {@code ses:<code>} ({@code ses:MessageRejected}), or the HTTP status ({@code ses:503}) when the answer named none.
 * <p>
 * The line is drawn between the message and the account. Only an error about the message itself is permanent: sending
 * the same message again cannot help. An error about Beacon's SES account — throttled, out of quota, paused, suspended,
 * a MAIL FROM domain or configuration set missing, credentials refused — would refuse every message alike; counted as
 * transient it retries, opens the provider's circuit and lets another provider carry the alert, where a permanent
 * failure would silently drop each message a misconfigured account touched. Unlike an SMTP 5xx, no SES error
 * suppresses the recipient's address: SES reports bounces and complaints later, through its configuration set.
 */
final class SesErrorCodes {

	/** Errors of the message itself. Any other 4xx is permanent too, except the ones in {@link #TRANSIENT}. */
	static final Map<String, String> PERMANENT = Map.of(
			"MessageRejected", "SES refused the message (it holds a virus, or the recipient is not verified while the"
					+ " account is in the SES sandbox)",
			"BadRequestException", "SES found the request invalid (a malformed address or header, a message too large)");

	/** Errors sent with a 4xx status that are about the account, not the message: retried, and not the message's fault. */
	static final Map<String, String> TRANSIENT = Map.ofEntries(
			Map.entry("TooManyRequestsException", "too many requests"),
			Map.entry("LimitExceededException", "the account's sending rate or daily quota is spent"),
			Map.entry("SendingPausedException", "sending is paused for the account or its configuration set"),
			Map.entry("AccountSuspendedException", "the SES account is suspended (see its reputation in the console)"),
			Map.entry("MailFromDomainNotVerifiedException", "the MAIL FROM domain is not verified in SES"),
			Map.entry("NotFoundException", "no such configuration set (check SES_CONFIGURATION_SET)"),
			Map.entry("UnrecognizedClientException", "unknown access key (check SES_ACCESS_KEY_ID)"),
			Map.entry("InvalidSignatureException", "signature refused (check SES_SECRET_ACCESS_KEY)"),
			Map.entry("IncompleteSignatureException", "the request was not signed as SES expects"),
			Map.entry("AccessDeniedException", "the access key may not send with SES (check its IAM policy)"));

	private static final String PROVIDER = "ses";

	private SesErrorCodes() {
	}

	/**
	 * Classifies an answer of SES by its error code and HTTP status, either of which may be absent (0, null): 429 and
	 * 5xx are transient, like every error of {@link #TRANSIENT}; the rest of 4xx is permanent.
	 *
	 * @param message SES's words, which may name the recipient (they are masked when logged)
	 */
	static DeliveryFailure failure(int httpStatus, String errorCode, String message) {
		boolean named = errorCode != null && !errorCode.isBlank();
		String code = PROVIDER + ":" + (named ? errorCode : httpStatus);
		if (named && PERMANENT.containsKey(errorCode)) {
			return ProviderOutcomes.permanent(code, PERMANENT.get(errorCode) + " (" + message + ")");
		}
		if (named && TRANSIENT.containsKey(errorCode)) {
			return ProviderOutcomes.retryable(code, TRANSIENT.get(errorCode) + " (" + message + ")");
		}
		boolean transientError = httpStatus == 429 || httpStatus >= 500 || httpStatus < 400;
		return transientError ? ProviderOutcomes.retryable(code, message) : ProviderOutcomes.permanent(code, message);
	}

	/** The failure an SES error answer stands for; the exception is not chained, its message may name the recipient. */
	static DeliveryFailure of(AwsServiceException ex) {
		AwsErrorDetails details = ex.awsErrorDetails();
		return failure(ex.statusCode(), details == null ? null : details.errorCode(),
				details == null ? ex.getMessage() : details.errorMessage());
	}

	/** A call that got no answer: connection refused, reset or timed out. */
	static DeliveryFailure unreachable(String message, Throwable cause) {
		return ProviderOutcomes.unreachable(PROVIDER, message, cause);
	}
}
