package org.beacon.delivery;

/**
 * What a provider made of one message: its id for the message when it took it, or why it did not.
 *
 * @param providerId Twilio's message SID, the email's Message-ID; null when the provider did not take it
 * @param failure why not, permanent or transient; null when it took it
 * @param attempted false when the provider was not called at all (its circuit opened first)
 */
public record ProviderAnswer(String providerId, DeliveryFailure failure, boolean attempted) {

	public static ProviderAnswer accepted(String providerId) {
		return new ProviderAnswer(providerId, null, true);
	}

	public static ProviderAnswer failed(DeliveryFailure failure) {
		return new ProviderAnswer(null, failure, true);
	}

	/** The provider was not called: the message is as it was before it was claimed. */
	static ProviderAnswer notAttempted() {
		return new ProviderAnswer(null, null, false);
	}

	public boolean isTransientFailure() {
		return failure != null && !failure.permanent();
	}

	boolean accepted() {
		return attempted && failure == null;
	}
}
