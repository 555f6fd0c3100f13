package org.beacon.delivery;

/** Which lane a job came by: {@code urgent} (EXTREME and SEVERE alerts) or {@code routine}. */
public enum Priority {
	URGENT, ROUTINE
}
