package org.beacon.broadcast;

/** CAP 1.2 severity. */
public enum Severity {
	EXTREME, SEVERE, MODERATE, MINOR
}
