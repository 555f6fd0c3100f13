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
	/** Issued, then cancelled by staff: what was not yet sent was stopped. */
	CANCELLED
}
