package org.beacon.delivery.voice;

import java.util.Locale;
import java.util.UUID;

/** Places one call that asks a check-in's question and takes the answer as a key pressed (1 safe, 2 need help). */
public interface VoiceCaller {

	/** The provider's name as routing, rate limits, metrics and the ledger's {@code delivery.provider} know it. */
	String provider();

	/**
	 * A call to place.
	 *
	 * @param to E.164 number
	 * @param checkInId the check-in the answer belongs to
	 * @param subscriberId whose answer it is
	 * @param locale the language spoken
	 * @param script what is said before the keys are gathered, the question included
	 */
	record Request(String to, UUID checkInId, UUID subscriberId, Locale locale, String script) {
	}

	/**
	 * @return the provider's call id
	 * @throws org.beacon.delivery.DeliveryFailure when the provider does not place the call
	 */
	String call(Request call);
}
