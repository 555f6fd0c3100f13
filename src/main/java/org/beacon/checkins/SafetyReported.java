package org.beacon.checkins;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.beacon.platform.Routed;
import org.beacon.platform.Topics;
import org.springframework.modulith.events.Externalized;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Citizens answered a check-in: the answers to it that one transaction stored, published in that transaction and
 * externalized to Kafka topic {@code beacon.checkin.responses}, keyed by check-in id, once it commits (Spring
 * Modulith's outbox), so that every answer of a check-in lands on one partition in the order it was stored. SMS
 * replies are stored a batch at a time (each batch one transaction), so one record carries up to a batch's answers
 * rather than costing an outbox row and a Kafka record each. It names citizens by id only: the messages they wrote
 * and their contact points stay in the database.
 * <p>
 * Schema version 2; version 1 carried one answer in top-level fields {@code subscriberId}, {@code answer},
 * {@code channel} and {@code answeredAt}.
 */
@Externalized
public record SafetyReported(UUID checkInId, List<Answered> answers) implements Routed {

	public static final int SCHEMA_VERSION = 2;

	/** One citizen's answer, as it was stored. */
	public record Answered(UUID subscriberId, SafetyAnswer answer, AnswerChannel channel, Instant answeredAt) {
	}

	public SafetyReported {
		answers = List.copyOf(answers);
	}

	/**
	 * Reads the event as the outbox kept it: schema 2, or schema 1 (one answer in top-level fields), which the outbox
	 * may still hold from before an upgrade and sends again after it.
	 */
	@JsonCreator
	static SafetyReported read(@JsonProperty("checkInId") UUID checkInId,
			@JsonProperty("answers") List<Answered> answers, @JsonProperty("subscriberId") UUID subscriberId,
			@JsonProperty("answer") SafetyAnswer answer, @JsonProperty("channel") AnswerChannel channel,
			@JsonProperty("answeredAt") Instant answeredAt) {
		return new SafetyReported(checkInId,
				answers != null ? answers : List.of(new Answered(subscriberId, answer, channel, answeredAt)));
	}

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
