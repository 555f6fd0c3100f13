package org.beacon.subscribers;

import java.util.EnumSet;
import java.util.Set;

/** How a citizen is reached. */
public enum Channel {
	EMAIL, SMS,
	/**
	 * A phone call to the citizen's mobile number. Not a channel citizens choose or alerts are composed on: only a
	 * check-in's escalation calls, those who stayed silent, on a number they let Beacon text.
	 */
	VOICE;

	/** The channels citizens choose and staff compose alerts on. */
	public static Set<Channel> chosen() {
		return EnumSet.of(EMAIL, SMS);
	}

	/** Whether citizens choose it and staff compose alerts on it. */
	public boolean choosable() {
		return this != VOICE;
	}
}
