package org.beacon.delivery.sms;

/** Sends one SMS. */
public interface SmsSender {

	/** The provider's name as routing, rate limits, metrics and the ledger's {@code delivery.provider} know it. */
	String provider();

	/**
	 * @param to E.164 number
	 * @return the provider's message id
	 * @throws org.beacon.delivery.DeliveryFailure when the provider does not take the message
	 */
	String send(String to, String text);
}
