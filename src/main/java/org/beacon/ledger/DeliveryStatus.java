package org.beacon.ledger;

import java.util.Set;

/**
 * Where a delivery stands, as the ledger's {@code delivery.status} column records it (a CHECK constraint allows these
 * values and no other). A row is written QUEUED; a worker's claim makes it SENDING; the provider's answer makes it
 * SENT, or FAILED for good, or QUEUED again after a transient failure; a delivery report then makes a SENT row
 * DELIVERED, UNDELIVERED or FAILED. A row of a cancelled alert that was not yet claimed ends CANCELLED; one whose
 * recipient left, or whose worker stopped during the provider call, ends FAILED.
 * <p>
 * An email can still come back after the relay took it, and after a report said it was delivered: a bounce (an RFC
 * 3464 delivery status notification of a permanent failure) makes a SENT or DELIVERED email row BOUNCED, a complaint
 * (an RFC 5965 feedback report: the recipient marked it as spam) makes one COMPLAINED. Neither is replaced
 * afterwards; both count as not delivered.
 */
public enum DeliveryStatus {

	QUEUED, SENDING, SENT, DELIVERED, UNDELIVERED, BOUNCED, COMPLAINED, FAILED, CANCELLED;

	/** What a provider's delivery report may say of a message it took. */
	public static final Set<DeliveryStatus> REPORTED = Set.of(DELIVERED, UNDELIVERED, FAILED, BOUNCED, COMPLAINED);

	/** What a mail that came back to the bounce mailbox may say of an email the relay took. */
	public static final Set<DeliveryStatus> RETURNED = Set.of(BOUNCED, COMPLAINED);

	/**
	 * Whether no worker will act on the row any more: only a delivery report may still change a SENT one, and a
	 * returned mail a SENT or DELIVERED email.
	 */
	public boolean isFinal() {
		return this != QUEUED && this != SENDING;
	}
}
