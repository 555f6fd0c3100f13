package org.beacon.advisories;

/** Whether U.S. government employees or their families were told they may, or must, leave the country. */
public enum EmbassyPosture {
	NONE, AUTHORIZED_DEPARTURE, ORDERED_DEPARTURE
}
