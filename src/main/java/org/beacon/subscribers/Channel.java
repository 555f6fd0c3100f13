package org.beacon.subscribers;

/** How a citizen is reached. */
public enum Channel {
	EMAIL, SMS
}
