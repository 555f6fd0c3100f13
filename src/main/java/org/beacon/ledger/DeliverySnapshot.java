package org.beacon.ledger;

import java.time.Instant;
import java.util.List;

/**
 * An alert's delivery at one moment, for people watching it: {@link DeliveryProgress} and what it failed on.
 *
 * @param startedAt when the fan-out started; null while it has not
 * @param failures failed and undelivered deliveries grouped by channel and reason, most frequent first
 * @param done whether nothing more will change but delivery reports: the audience is final and every delivery
 * reached a final status
 */
public record DeliverySnapshot(DeliveryProgress progress, Instant startedAt, List<FailureCount> failures,
		boolean done) {

	/** How many deliveries of a channel failed for one reason (a provider's code such as {@code twilio:21211}). */
	public record FailureCount(String channel, String reason, long count) {
	}
}
