package org.beacon.delivery;

/**
 * What a provider's failure means for a message, whatever the provider: permanent (recorded at once) or transient
 * (retried with backoff). Each provider's adapter keeps the table of its own codes beside its client and classifies
 * its answers with these ({@code TwilioErrorCodes} in {@code delivery/sms/twilio}, {@code SmtpReplyCodes} beside the
 * SMTP sender). Codes are prefixed by the provider: {@code twilio:21211}, {@code smtp:550}.
 */
public final class ProviderOutcomes {

	private ProviderOutcomes() {
	}

	/** The provider refused the message for good: retrying cannot help. */
	public static DeliveryFailure permanent(String code, String detail) {
		return new DeliveryFailure(true, code, detail, null);
	}

	/** The provider refused the message for now (rate limited, unavailable): worth trying again later. */
	public static DeliveryFailure retryable(String code, String detail) {
		return new DeliveryFailure(false, code, detail, null);
	}

	/**
	 * The provider could not be reached or dropped the connection: transient, recorded as {@code <provider>:connection}.
	 *
	 * @param cause a local failure, never one whose message names the recipient (it is logged as it is)
	 */
	public static DeliveryFailure unreachable(String provider, String detail, Throwable cause) {
		return new DeliveryFailure(false, provider + ":connection", detail, cause);
	}

	/** A message that could not even be built for this address (malformed address): retrying cannot help. */
	public static DeliveryFailure unsendable(String code, String detail) {
		return permanent(code, detail);
	}
}
