package org.beacon.delivery.email;

import java.util.List;

import org.beacon.delivery.ProviderAnswer;

/** Sends alert emails. */
public interface EmailSender {

	/** The provider's name as routing, rate limits, metrics and the ledger's {@code delivery.provider} know it. */
	String provider();

	/**
	 * @return the provider's id for the message (its Message-ID)
	 * @throws org.beacon.delivery.DeliveryFailure when the relay does not take the message
	 */
	String send(AlertEmail email);

	/**
	 * Sends the emails one after another in one session with the relay: opening a session costs more than a message.
	 *
	 * @return one answer per email, in order
	 */
	List<ProviderAnswer> sendAll(List<AlertEmail> emails);
}
