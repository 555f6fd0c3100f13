package org.beacon.advisories;

import java.time.Instant;
import java.util.Set;

import org.beacon.platform.Topics;
import org.springframework.modulith.events.Externalized;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A country's travel advisory changed: published with the new version and externalized to Kafka topic
 * {@code beacon.advisory-changes}, keyed by ISO country code.
 *
 * @param ingestId the ingest that found the change
 * @param previousLevel the level before, 1 to 4
 * @param textChanged whether the wording changed (always true when anything else did)
 * @param arrivalsUntil the change concerns, besides the citizens in the country, travellers whose trip there starts by
 * then ({@code beacon.advisories.lookahead} after the change was found)
 */
@Externalized(Topics.ADVISORY_CHANGES + "::#{country()}")
public record AdvisoryChanged(long ingestId, String country, String name, int previousLevel, int level, String levelText,
		EmbassyPosture previousPosture, EmbassyPosture posture, String postureConcerns,
		Set<RiskIndicator> indicatorsAdded, Set<RiskIndicator> indicatorsRemoved, boolean textChanged,
		String summary, String link, Instant publishedAt, Instant changedAt, Instant arrivalsUntil) {

	@JsonProperty("type")
	public String type() {
		return "AdvisoryChanged";
	}

	@JsonProperty("schemaVersion")
	public int schemaVersion() {
		return 1;
	}
}
