package org.beacon.broadcast;

import org.beacon.platform.Topics;

/** CAP 1.2 severity. */
public enum Severity {
	EXTREME, SEVERE, MODERATE, MINOR;

	/** EXTREME and SEVERE alerts take the priority lane, so they never wait behind routine ones. */
	public boolean urgent() {
		return this == EXTREME || this == SEVERE;
	}

	/** The topic an alert of this severity, and everything later said about it, travels on. */
	String alertsTopic() {
		return urgent() ? Topics.URGENT_ALERTS : Topics.ALERTS;
	}
}
