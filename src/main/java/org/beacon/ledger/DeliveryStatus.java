package org.beacon.ledger;

import java.util.Set;

/**
 * Where a delivery stands, as the ledger's {@code delivery.status} column records it (a CHECK constraint allows these
 * values and no other). A row is written QUEUED; a worker's claim makes it SENDING; the provider's answer makes it
 * SENT, or FAILED for good, or QUEUED again after a transient failure; a delivery report then makes a SENT row
 * DELIVERED, UNDELIVERED or FAILED. A row of a cancelled alert that was not yet claimed ends CANCELLED; one whose
 * recipient left, or whose worker stopped during the provider call, ends FAILED.
 */
public enum DeliveryStatus {

	QUEUED, SENDING, SENT, DELIVERED, UNDELIVERED, FAILED, CANCELLED;

	/** What a provider's delivery report may say of a message it took. */
	public static final Set<DeliveryStatus> REPORTED = Set.of(DELIVERED, UNDELIVERED, FAILED);

	/** Whether no worker will act on the row any more: only a delivery report may still change a SENT one. */
	public boolean isFinal() {
		return this != QUEUED && this != SENDING;
	}
}
