package org.beacon.delivery;

/**
 * What a provider made of one message: its id for the message when it took it, or why it did not.
 *
 * @param providerId Twilio's message SID, the email's Message-ID; null when the provider did not take it
 * @param failure why not, permanent or transient; null when it took it
 */
public record ProviderAnswer(String providerId, DeliveryFailure failure) {

	public static ProviderAnswer accepted(String providerId) {
		return new ProviderAnswer(providerId, null);
	}

	public static ProviderAnswer failed(DeliveryFailure failure) {
		return new ProviderAnswer(null, failure);
	}

	public boolean isTransientFailure() {
		return failure != null && !failure.permanent();
	}
}
