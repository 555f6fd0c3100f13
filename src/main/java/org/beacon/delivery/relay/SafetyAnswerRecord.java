package org.beacon.delivery.relay;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen's answer to a check-in as this feature reads it from {@code beacon.checkin.responses}: the fields of the
 * check-ins feature's {@code SafetyReported} (schema version 1) that the relay needs, and no more.
 *
 * @param answer {@code SAFE} or {@code NEED_HELP}; a value this reader does not know is not relayed
 */
record SafetyAnswerRecord(String type, int schemaVersion, UUID checkInId, UUID subscriberId, String answer,
		Instant answeredAt) {

	static final String TYPE = "SafetyReported";

	/** Whether this is an answer the emergency contact may be told of: a readable "safe". */
	boolean safe() {
		return TYPE.equals(type) && "SAFE".equals(answer) && checkInId != null && subscriberId != null
				&& answeredAt != null;
	}
}
