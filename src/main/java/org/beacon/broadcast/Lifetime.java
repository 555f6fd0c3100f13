package org.beacon.broadcast;

import java.time.Instant;

/**
 * When an alert is in force, and whom arriving it reaches (CAP {@code effective} and {@code expires}).
 *
 * @param effective from when the alert applies: when it was issued, unless staff gave a later time
 * @param expires until when it applies; null for a travel advisory, in force until the country's next level change
 * @param arrivalsUntil the alert reaches, besides the citizens there when it is issued, those whose stay in its area
 * starts by this day (UTC); null: it reaches nobody arriving
 */
public record Lifetime(Instant effective, Instant expires, Instant arrivalsUntil) {

	/** Whether the alert has expired by {@code at}: it is no longer in force and never will be again. */
	public boolean expiredBy(Instant at) {
		return expires != null && !at.isBefore(expires);
	}

}
