package org.beacon.ledger;

/** How far the fan-out of one alert has come: whether its audience is known and its ledger rows all written. */
public enum FanOutState {

	/** No worker has picked the alert up yet. */
	PENDING,

	/** Pages of the audience are being written to the ledger. */
	RUNNING,

	/** Every recipient has a ledger row. */
	COMPLETE,

	/** The fan-out stopped on an error it could not retry past; the ledger holds what it wrote. */
	FAILED,

	/** The alert was cancelled: the audience is final as it stands and nothing more is queued. */
	CANCELLED;

	/** The fan-out will add no ledger row any more. */
	public boolean isOver() {
		return this == COMPLETE || this == FAILED || this == CANCELLED;
	}

	/** The ledger holds the alert's whole audience: every recipient it has, or will ever have. */
	public boolean audienceKnown() {
		return this == COMPLETE || this == CANCELLED;
	}
}
