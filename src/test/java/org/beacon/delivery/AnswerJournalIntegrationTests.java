package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Answers recorded as they come back: a claimed row is SENT before its chunk is done, and only once. */
class AnswerJournalIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	AnswerJournal journal;

	@Test
	void recordsATakenMessageWithoutWaitingForItsChunk() {
		long first = claimedRow("+22376000081");
		long second = claimedRow("+22376000082");

		journal.accepted(first, "SMjournalfirst");

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(jdbc.queryForMap(
				"SELECT status, provider_id FROM delivery WHERE id = ?", first))
			.containsEntry("status", "SENT").containsEntry("provider_id", "SMjournalfirst"));
		assertThat(jdbc.queryForObject("SELECT status FROM delivery WHERE id = ?", String.class, second))
			.isEqualTo("SENDING");
	}

	@Test
	void leavesARowTheBatchRecordedAlreadyAsItIs() {
		long row = claimedRow("+22376000083");
		jdbc.update("UPDATE delivery SET status = 'DELIVERED', provider_id = 'SMreported' WHERE id = ?", row);

		journal.accepted(row, "SMreported");
		long marker = claimedRow("+22376000084");
		journal.accepted(marker, "SMmarker");

		// The journal writes in order: once the marker is SENT, the first answer was written too.
		await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(
				jdbc.queryForObject("SELECT status FROM delivery WHERE id = ?", String.class, marker)));
		assertThat(jdbc.queryForObject("SELECT status FROM delivery WHERE id = ?", String.class, row))
			.isEqualTo("DELIVERED");
	}

	long claimedRow(String phone) {
		return jdbc.queryForObject("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed, status, claimed_at, provider)
				VALUES (?, ?, 'SMS', ?, 'SENDING', ?, 'twilio') RETURNING id""", Long.class, UUID.randomUUID(),
				UUID.randomUUID(), sealedDestination(phone), Timestamp.from(Instant.now()));
	}
}
