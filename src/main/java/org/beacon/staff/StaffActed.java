package org.beacon.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A staff member acted; the staff feature appends it to the audit log. Publish it (with Spring's
 * {@code ApplicationEventPublisher}) inside the transaction of the action itself: the audit row is written by a
 * synchronous listener in that same transaction, so it exists if and only if the action committed. Outside a
 * transaction (sign-in) the row is written in a transaction of its own.
 *
 * @param username the staff account that acted
 * @param action what it did
 * @param alertId the alert it acted on; null for actions on no alert (sign-in, sign-out)
 * @param detail a short, human-readable note (an alert's title, a rejection's reason); never a citizen's contact
 * details; may be null
 * @param at when
 */
public record StaffActed(String username, StaffAction action, UUID alertId, String detail, Instant at) {

	/** The longest detail stored; longer ones are cut. */
	public static final int MAX_DETAIL = 500;

	public StaffActed {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(at, "at");
		if (detail != null && detail.length() > MAX_DETAIL) {
			detail = detail.substring(0, MAX_DETAIL - 1) + "…";
		}
	}

	/** An action on no alert (an account, a post, a feed, a sign-in), now. */
	public static StaffActed by(String username, StaffAction action, String detail, Clock clock) {
		return new StaffActed(username, action, null, detail, clock.instant());
	}

	/** An action on an alert, now. */
	public static StaffActed on(UUID alertId, StaffAction action, String username, String detail, Clock clock) {
		return new StaffActed(username, action, alertId, detail, clock.instant());
	}
}
