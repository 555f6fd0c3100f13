package org.beacon.delivery.email;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderOutcomes;

/**
 * What an SMTP relay's reply code means for a message (RFC 5321, section 4.2.1): 4xx is transient and retried, 5xx
 * permanent. Failures carry the code as {@code smtp:<code>}.
 */
final class SmtpReplyCodes {

	private static final String PROVIDER = "smtp";

	private SmtpReplyCodes() {
	}

	static DeliveryFailure failure(int replyCode, String message) {
		String code = PROVIDER + ":" + replyCode;
		return replyCode >= 500 ? ProviderOutcomes.permanent(code, message) : ProviderOutcomes.retryable(code, message);
	}

	/** A relay that could not be reached or dropped the connection. */
	static DeliveryFailure unreachable(String message, Throwable cause) {
		return ProviderOutcomes.unreachable(PROVIDER, message, cause);
	}
}
