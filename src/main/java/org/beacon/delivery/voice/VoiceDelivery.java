package org.beacon.delivery.voice;

import java.util.UUID;

import org.beacon.delivery.DeliveryJob;

/**
 * The voice worker's reading of a record on {@code beacon.deliveries.voice}: a call asking a citizen who has not
 * answered a check-in whether they are safe. Like every job it names no phone number; the worker takes it from the
 * ledger row it claims.
 *
 * @param alertId the check-in the call asks about
 * @param title the check-in's title in the citizen's language
 * @param sender the post that asks
 */
public record VoiceDelivery(String type, int schemaVersion, long deliveryId, UUID alertId, UUID subscriberId,
		String locale, String title, String sender) implements DeliveryJob {
}
