package org.beacon.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.beacon.platform.Routed;
import org.beacon.platform.Topics;
import org.springframework.modulith.events.Externalized;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A trip's briefing is due: published in the transaction that records it as sent, and externalized to Kafka topic
 * {@code beacon.briefings}, keyed by subscriber id, once that commits. It carries its words in both languages; the
 * fan-out sends it to the one subscriber on the channels they can be reached on, in their language.
 *
 * @param briefingId the briefing's id, derived from the trip and the kind; its id in the delivery ledger
 * @param english the words in English
 * @param spanish the words in Spanish
 * @param sender whom it comes from: the post covering the country, or the Department of State
 */
@Externalized
public record BriefingDue(UUID briefingId, UUID subscriberId, BriefingKind kind, String country, String region,
		LocalDate startsOn, Words english, Words spanish, String sender, Instant issuedAt) implements Routed {

	public static final int SCHEMA_VERSION = 1;

	/** A briefing's words in one language: the email's title and body, and the SMS text. */
	public record Words(String title, String body, String smsText) {
	}

	@JsonProperty("type")
	public String type() {
		return "BriefingDue";
	}

	@JsonProperty("schemaVersion")
	public int schemaVersion() {
		return SCHEMA_VERSION;
	}

	@Override
	public String topic() {
		return Topics.BRIEFINGS;
	}

	@Override
	public String key() {
		return subscriberId.toString();
	}
}
