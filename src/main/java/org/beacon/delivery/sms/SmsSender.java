package org.beacon.delivery.sms;

/** Sends one SMS. */
public interface SmsSender {

	/**
	 * @param to E.164 number
	 * @return the provider's message id
	 * @throws org.beacon.delivery.DeliveryFailure when the provider does not take the message
	 */
	String send(String to, String text);
}
