package org.beacon.checkins.live;

import java.util.UUID;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads citizens' answers ({@code beacon.checkin.responses}) to bring the check-in pages up to date. Each API process
 * reads every answer: the pages watching a check-in may be open on any replica, so the consumer group is the
 * process's own (a random suffix), starting from the newest records, as a page wants nothing older than it has.
 * <p>
 * It only tells {@link CheckInStreams} which check-in changed; it stores nothing, and a missed answer is shown at the
 * next periodic refresh anyway. So it has no retry topics nor dead letters: a retry topic would be shared by every
 * process's group, and a record that cannot be read (not JSON) is logged and skipped by the container's error
 * handler without stopping the consumer. Nor does it commit offsets ({@link NoCommits}): its group is this process's
 * alone and starts from the newest record, so a committed offset would never be read, and each commit would cost
 * the broker a write per answer batch.
 */
@Component
@ConditionalOnRole(Role.API)
class AnswersListener {

	/** This page's own reading of a {@code SafetyReported} record: only which check-in it concerns. */
	record AnswerRecord(String type, int schemaVersion, UUID checkInId) {
	}

	private final CheckInStreams streams;

	AnswersListener(CheckInStreams streams) {
		this.streams = streams;
	}

	@KafkaListener(id = "checkin-live", groupId = "beacon-checkin-live-${random.uuid}",
			topics = Topics.CHECKIN_RESPONSES, properties = "auto.offset.reset=latest",
			containerPostProcessor = NoCommits.BEAN)
	void on(AnswerRecord answer) {
		if (answer != null && answer.checkInId() != null) {
			streams.changed(answer.checkInId());
		}
	}
}
