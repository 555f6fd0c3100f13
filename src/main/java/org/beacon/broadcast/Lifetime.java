package org.beacon.broadcast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When an alert is in force, and whom arriving it reaches (CAP {@code effective} and {@code expires}).
 *
 * @param effective from when the alert applies: when it was issued, unless staff gave a later time
 * @param expires until when it applies; null for a travel advisory, in force until the country's next level change
 * @param arrivalsUntil the alert reaches, besides the citizens there when it is issued, those whose stay in its area
 * starts by this day (UTC); null: it reaches nobody arriving
 */
public record Lifetime(Instant effective, Instant expires, Instant arrivalsUntil) {

	/** Whether the alert is in force at {@code at} (from effective until it expires). */
	public boolean inForceAt(Instant at) {
		return !at.isBefore(effective) && (expires == null || at.isBefore(expires));
	}

	/** Whether the alert has expired by {@code at}: it is no longer in force and never will be again. */
	public boolean expiredBy(Instant at) {
		return expires != null && !at.isBefore(expires);
	}

	/** The last day (UTC) on which a stay must start to be reached, given the day the alert is matched on. */
	public LocalDate lastArrivalDay(LocalDate on) {
		if (arrivalsUntil == null) {
			return on;
		}
		LocalDate last = LocalDate.ofInstant(arrivalsUntil, ZoneOffset.UTC);
		return last.isBefore(on) ? on : last;
	}

	/** The same lifetime ended at {@code at}, unless it ends sooner already. */
	public Lifetime endedAt(Instant at) {
		return expires != null && expires.isBefore(at) ? this : new Lifetime(effective, at, arrivalsUntil);
	}
}
