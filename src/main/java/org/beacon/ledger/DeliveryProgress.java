package org.beacon.ledger;

import java.util.Map;

/**
 * How far an alert's delivery has come.
 *
 * @param fanOut how far the fan-out has come
 * @param recipients deliveries in the ledger (one per subscriber and channel); final once the fan-out is complete or
 * cancelled
 * @param byChannel counts per channel and status ({@code QUEUED}, {@code SENDING}, {@code SENT}, {@code FAILED},
 * {@code DELIVERED}, {@code UNDELIVERED}, {@code BOUNCED}, {@code COMPLAINED}, {@code CANCELLED})
 * @param finished deliveries that reached a final status (a cancelled delivery is final)
 * @param percentDone finished deliveries in percent of recipients; 0 until the fan-out is complete
 * @param failure why the fan-out failed, when it did
 */
public record DeliveryProgress(FanOutState fanOut, long recipients, Map<String, Map<String, Long>> byChannel,
		long finished, int percentDone, String failure) {

	public static DeliveryProgress notStarted() {
		return new DeliveryProgress(FanOutState.PENDING, 0, Map.of(), 0, 0, null);
	}
}
