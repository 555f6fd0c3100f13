package org.beacon.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** The ledger's rules for rows whose story was interrupted. */
class LedgerIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	LedgerSweeper sweeper;

	@Autowired
	DeliveryLedger ledger;

	@Test
	void recordsADeliveryStuckInSendingPastItsLeaseAsOutcomeUnknown() {
		long stuck = row(UUID.randomUUID(), "SENDING", "+22376000060", Instant.now().minus(Duration.ofHours(1)));
		long recent = row(UUID.randomUUID(), "SENDING", "+22376000061", Instant.now());

		assertThat(sweeper.sweep()).isEqualTo(1);

		assertThat(status(stuck)).containsEntry("status", "FAILED").containsEntry("error_code", "outcome-unknown");
		assertThat(status(recent)).containsEntry("status", "SENDING");
	}

	@Test
	void aCitizenWhoLeavesGetsNothingStillQueuedAndTheLedgerForgetsTheirContactPoints() {
		Api.Response enrolled = api().enroll(Api.json("email", "leaving@example.org", "phone", "+22376000062",
				"channels", java.util.List.of("SMS"), "locations", java.util.List.of(Api.json("country", "ML"))));
		UUID subscriber = UUID.fromString(enrolled.body().get("id").asText());
		long queued = row(subscriber, "QUEUED", "+22376000062", null);
		long sent = row(subscriber, "SENT", "+22376000062", Instant.now());

		api().subscriber(HttpMethod.DELETE, subscriber.toString(), enrolled.body().get("token").asText(), null);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(status(queued)).containsEntry("status", "FAILED").containsEntry("error_code", "recipient-left")
				.containsEntry("destination", null);
			assertThat(status(sent)).containsEntry("status", "SENT").containsEntry("destination", null);
		});
		assertThat(ledger.claim(queued)).isEmpty();
	}

	@Test
	void aClaimHandsOverTheDestinationOnlyOnce() {
		long queued = row(UUID.randomUUID(), "QUEUED", "+22376000063", null);

		assertThat(ledger.claim(queued)).contains("+22376000063");
		assertThat(ledger.claim(queued)).isEmpty();
	}

	long row(UUID subscriber, String status, String destination, Instant claimedAt) {
		return jdbc.queryForObject("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination, status, claimed_at)
				VALUES (?, ?, 'SMS', ?, ?, ?) RETURNING id""", Long.class, UUID.randomUUID(), subscriber, destination,
				status, claimedAt == null ? null : Timestamp.from(claimedAt));
	}

	Map<String, Object> status(long id) {
		return jdbc.queryForMap("SELECT status, error_code, destination FROM delivery WHERE id = ?", id);
	}
}
