package org.beacon.checkins;

import java.time.Instant;
import java.util.UUID;

import org.beacon.platform.Routed;
import org.beacon.platform.Topics;
import org.springframework.modulith.events.Externalized;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A citizen answered a check-in. Published in the transaction that stores the answer and externalized to Kafka topic
 * {@code beacon.checkin.responses}, keyed by check-in id, once it commits (Spring Modulith's outbox), so that every
 * answer of a check-in lands on one partition in the order it was stored. It names the citizen by id only: the
 * message they wrote and their contact points stay in the database.
 */
@Externalized
public record SafetyReported(UUID checkInId, UUID subscriberId, SafetyAnswer answer, AnswerChannel channel,
		Instant answeredAt) implements Routed {

	public static final int SCHEMA_VERSION = 1;

	@JsonProperty("type")
	public String type() {
		return "SafetyReported";
	}

	@JsonProperty("schemaVersion")
	public int schemaVersion() {
		return SCHEMA_VERSION;
	}

	@Override
	public String topic() {
		return Topics.CHECKIN_RESPONSES;
	}

	@Override
	public String key() {
		return checkInId.toString();
	}
}
