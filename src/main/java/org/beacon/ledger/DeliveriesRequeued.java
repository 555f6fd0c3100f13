package org.beacon.ledger;

import java.util.List;
import java.util.UUID;

import org.beacon.subscribers.Channel;

/**
 * Deliveries of one alert that were in doubt and went back to QUEUED, since their provider never took them
 * ({@link InDoubtDeliveries#sendAgain}). Their first jobs were consumed by a worker that died, so each needs a job
 * again; published in the transaction that re-queued them, so no row is left QUEUED without one.
 */
public record DeliveriesRequeued(UUID alertId, List<Row> rows) {

	/** A re-queued delivery: what its job names. */
	public record Row(long deliveryId, UUID subscriberId, Channel channel) {
	}
}
