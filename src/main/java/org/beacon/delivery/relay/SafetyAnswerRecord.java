package org.beacon.delivery.relay;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Citizens' answers to a check-in as this feature reads them from {@code beacon.checkin.responses}: the fields of the
 * check-ins feature's {@code SafetyReported} that the relay needs, and no more. Schema version 2 carries a list of
 * answers; version 1, still read so that records written before an upgrade are relayed, carried one in top-level
 * fields.
 */
record SafetyAnswerRecord(String type, int schemaVersion, UUID checkInId, List<Answered> answers, UUID subscriberId,
		String answer, Instant answeredAt) {

	static final String TYPE = "SafetyReported";

	/**
	 * One citizen's answer.
	 *
	 * @param answer {@code SAFE} or {@code NEED_HELP}; a value this reader does not know is not relayed
	 */
	record Answered(UUID subscriberId, String answer, Instant answeredAt) {

		boolean safe() {
			return "SAFE".equals(answer) && subscriberId != null && answeredAt != null;
		}
	}

	/** The answers the emergency contacts may be told of: the readable "safe" ones. */
	List<Answered> safe() {
		if (!TYPE.equals(type) || checkInId == null) {
			return List.of();
		}
		List<Answered> all = answers != null ? answers : List.of(new Answered(subscriberId, answer, answeredAt));
		return all.stream().filter(a -> a != null && a.safe()).toList();
	}
}
