package org.beacon.delivery.email;

import java.time.Instant;
import java.util.UUID;

import org.beacon.delivery.DeliveryJob;

/**
 * The email worker's reading of a record on {@code beacon.deliveries.email}.
 *
 * @param answerBy for a check-in, until when its answer links work; null (or absent) for an alert that asks nothing
 * @param expires until when the alert is in force; null (or absent: jobs queued before lifetimes existed) when not
 * known
 */
record EmailDelivery(String type, int schemaVersion, long deliveryId, UUID alertId, UUID subscriberId,
		String locale, String alertType, String severity, String title, String body, String sender,
		Instant issuedAt, Instant answerBy, Instant expires) implements DeliveryJob {
}
