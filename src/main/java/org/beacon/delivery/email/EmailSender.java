package org.beacon.delivery.email;

/** Sends one alert email. */
public interface EmailSender {

	/**
	 * @return the provider's id for the message (its Message-ID)
	 * @throws org.beacon.delivery.DeliveryFailure when the relay does not take the message
	 */
	String send(AlertEmail email);
}
