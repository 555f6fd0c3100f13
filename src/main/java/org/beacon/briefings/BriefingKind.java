package org.beacon.briefings;

/** Which of a trip's two briefings. */
public enum BriefingKind {
	/** Before the trip: the advisory level, what changed since it was enrolled, alerts in force, emergency numbers. */
	BEFORE_DEPARTURE,
	/** On the first morning: the alerts in force that have not reached the traveller yet. */
	ON_ARRIVAL
}
