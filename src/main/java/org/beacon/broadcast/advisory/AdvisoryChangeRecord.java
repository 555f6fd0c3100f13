package org.beacon.broadcast.advisory;

import java.time.Instant;
import java.util.Set;

/**
 * The broadcast feature's reading of a record on {@code beacon.advisory-changes}.
 *
 * @param arrivalsUntil travellers whose trip starts by then are reached too; absent from records written before
 * arrivals were reached (then nobody arriving is)
 */
record AdvisoryChangeRecord(String type, int schemaVersion, long ingestId, String country, String name, int previousLevel,
		int level, String levelText, String previousPosture, String posture, String postureConcerns,
		Set<String> indicatorsAdded, Set<String> indicatorsRemoved, boolean textChanged, String summary,
		String link, Instant changedAt, Instant arrivalsUntil) {

	static final String CHANGED = "AdvisoryChanged";

	/** Identifies the change among all others: one alert at most answers it. */
	String key() {
		return country + "@" + ingestId + "@" + changedAt;
	}
}
