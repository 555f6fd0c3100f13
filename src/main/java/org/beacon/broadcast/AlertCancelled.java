package org.beacon.broadcast;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * An issued alert was cancelled: what was not yet sent is stopped. Published in the transaction that cancels it,
 * which also cancels the deliveries still queued in the ledger; externalized to the topic its {@link AlertIssued}
 * took ({@code beacon.alerts} or the priority lane), keyed by alert id, so it follows the alert on its partition.
 * Consumers outside Beacon learn of the cancellation from it; Beacon's own fan-out and workers read the ledger.
 *
 * @param severity the alert's severity, which chose its lane
 * @param cancelledAt when staff cancelled it
 */
@Externalized
public record AlertCancelled(UUID alertId, Severity severity, Instant cancelledAt) implements AlertEvent {

	public static final int SCHEMA_VERSION = 1;

	@Override
	public int schemaVersion() {
		return SCHEMA_VERSION;
	}
}
