package org.beacon.broadcast;

/** Why the two-person rule holds an alert until a second person approves it. */
public enum ApprovalReason {
	/** Its severity is EXTREME. */
	EXTREME_SEVERITY,
	/** It would reach more citizens than {@code beacon.broadcast.approval-audience-threshold}. */
	LARGE_AUDIENCE
}
