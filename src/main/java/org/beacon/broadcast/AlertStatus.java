package org.beacon.broadcast;

/** Where an alert stands. */
public enum AlertStatus {
	/** Sent to the fan-out. */
	ISSUED,
	/** Proposed by the advisory feed and held by policy until staff approve or discard it. */
	PENDING_REVIEW,
	/** Held, then superseded by a later change of the same advisory before anyone reviewed it. */
	WITHDRAWN,
	/** Held, then discarded by staff. */
	DISCARDED,
	/**
	 * Composed by staff and held by the two-person rule (EXTREME severity, or a large audience) until an APPROVER
	 * other than its author approves it (then {@link #ISSUED}) or rejects it. Not sent meanwhile.
	 */
	PENDING_APPROVAL,
	/** Held by the two-person rule, then rejected by an approver: never sent. */
	REJECTED,
	/** Issued, then cancelled by staff: what was not yet sent was stopped. */
	CANCELLED;

	/** Whether the alert was decided against before it was sent: it never will be, and nothing about it changes. */
	public boolean endedUnsent() {
		return this == WITHDRAWN || this == DISCARDED || this == REJECTED;
	}
}
