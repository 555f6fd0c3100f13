package org.beacon.delivery.sms;

import java.util.UUID;

import org.beacon.delivery.DeliveryJob;

/** The SMS worker's reading of a record on {@code beacon.deliveries.sms}. */
record SmsDelivery(String type, int schemaVersion, long deliveryId, UUID alertId, UUID subscriberId, String text)
		implements DeliveryJob {
}
