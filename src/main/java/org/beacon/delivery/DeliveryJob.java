package org.beacon.delivery;

import java.util.UUID;

/** What every channel's job names: the ledger row it delivers and whose it is (the job's Kafka key). */
public interface DeliveryJob {

	long deliveryId();

	UUID subscriberId();
}
