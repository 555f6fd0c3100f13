package org.beacon.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

	@Autowired
	InDoubtDeliveries inDoubt;

	@Test
	void recordsADeliveryStuckInSendingPastItsLeaseAsOutcomeUnknown() {
		long stuck = row(UUID.randomUUID(), "SENDING", "+22376000060", Instant.now().minus(Duration.ofHours(1)));
		long recent = row(UUID.randomUUID(), "SENDING", "+22376000061", Instant.now());

		assertThat(sweeper.sweep()).isEqualTo(1);

		assertThat(status(stuck)).containsEntry("status", "FAILED").containsEntry("error_code", "outcome-unknown");
		assertThat(status(recent)).containsEntry("status", "SENDING");
	}

	@Test
	void aRowInDoubtIsHeldByOneReconcilerAtATimeAndSweptOnlyOnceItsHoldIsOver() {
		long stuck = row(UUID.randomUUID(), "SENDING", "+22376000074", Instant.now().minus(Duration.ofHours(1)));
		long recent = row(UUID.randomUUID(), "SENDING", "+22376000075", Instant.now());

		assertThat(inDoubt.hold(Duration.ofMinutes(2), Duration.ofMinutes(1), 10))
			.extracting(InDoubtDeliveries.InDoubt::deliveryId).containsExactly(stuck);
		assertThat(inDoubt.hold(Duration.ofMinutes(2), Duration.ofMinutes(1), 10)).as("held already").isEmpty();
		assertThat(sweeper.sweep()).as("a held row is the reconciler's").isZero();
		jdbc.update("UPDATE delivery SET reconcile_until = now() - interval '1 second' WHERE id = ?", stuck);

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
		assertThat(ledger.claimAll(List.of(queued), "twilio")).isEmpty();
	}

	@Test
	void aClaimHandsOverTheDestinationOnlyOnceAndRecordsTheProvider() {
		long queued = row(UUID.randomUUID(), "QUEUED", "+22376000063", null);

		assertThat(ledger.claimAll(List.of(queued), "sns")).containsExactly(Map.entry(queued, "+22376000063"));
		assertThat(ledger.claimAll(List.of(queued), "twilio")).isEmpty();
		assertThat(jdbc.queryForObject("SELECT provider FROM delivery WHERE id = ?", String.class, queued))
			.isEqualTo("sns");
	}

	@Test
	void aBatchClaimTakesOnlyQueuedRowsAndHandsEachOverOnce() {
		long first = row(UUID.randomUUID(), "QUEUED", "+22376000064", null);
		long second = row(UUID.randomUUID(), "QUEUED", "+22376000065", null);
		long sent = row(UUID.randomUUID(), "SENT", "+22376000066", Instant.now());
		long left = row(UUID.randomUUID(), "QUEUED", null, null);

		assertThat(ledger.claimAll(List.of(first, second, sent, left), "twilio"))
			.containsExactlyInAnyOrderEntriesOf(Map.of(first, "+22376000064", second, "+22376000065"));
		assertThat(ledger.claimAll(List.of(first, second), "twilio")).isEmpty();
		assertThat(status(first)).containsEntry("status", "SENDING");
	}

	@Test
	void batchOutcomesAreRecordedOnlyForClaimedRowsAndApplyADeliveryReportThatCameFirst() {
		long accepted = row(UUID.randomUUID(), "QUEUED", "+22376000067", null);
		long reported = row(UUID.randomUUID(), "QUEUED", "+22376000068", null);
		long refused = row(UUID.randomUUID(), "QUEUED", "+22376000069", null);
		long transientFailure = row(UUID.randomUUID(), "QUEUED", "+22376000070", null);
		long notClaimed = row(UUID.randomUUID(), "QUEUED", "+22376000071", null);
		ledger.claimAll(List.of(accepted, reported, refused, transientFailure), "twilio");
		ledger.reportedAll(List.of(new DeliveryLedger.Report("SMreported", DeliveryStatus.DELIVERED, null)));

		ledger.sentAll(List.of(DeliveryLedger.Answer.accepted(accepted, "SMaccepted"),
				DeliveryLedger.Answer.accepted(reported, "SMreported"),
				DeliveryLedger.Answer.accepted(notClaimed, "SMnotclaimed")));
		ledger.failedAll(List.of(DeliveryLedger.Answer.refused(refused, "twilio:21211", "invalid 'To' number")));
		ledger.releaseAll(List.of(DeliveryLedger.Answer.refused(transientFailure, "twilio:20429", "too many")));

		assertThat(status(accepted)).containsEntry("status", "SENT");
		assertThat(status(reported)).containsEntry("status", "DELIVERED");
		assertThat(status(notClaimed)).containsEntry("status", "QUEUED");
		assertThat(status(refused)).containsEntry("status", "FAILED").containsEntry("error_code", "twilio:21211");
		assertThat(status(transientFailure)).containsEntry("status", "QUEUED")
			.containsEntry("error_code", "twilio:20429");
		assertThat(ledger.claimAll(List.of(transientFailure), "twilio")).containsKey(transientFailure);
	}

	@Test
	void aBatchOfReportsKeepsTheFirstOfEachMessageAndNeverReplacesAFinalStatus() {
		long sent = sentRow("SMfirst");
		long alreadyFinal = sentRow("SMfinal");
		long sending = row(UUID.randomUUID(), "SENDING", "+22376000072", Instant.now());
		ledger.reportedAll(List.of(new DeliveryLedger.Report("SMfinal", DeliveryStatus.DELIVERED, null)));

		int applied = ledger.reportedAll(List.of(
				new DeliveryLedger.Report("SMfirst", DeliveryStatus.UNDELIVERED, "twilio:30003"),
				new DeliveryLedger.Report("SMfirst", DeliveryStatus.DELIVERED, null),
				new DeliveryLedger.Report("SMfinal", DeliveryStatus.FAILED, "twilio:30008"),
				new DeliveryLedger.Report("SMearly", DeliveryStatus.FAILED, "twilio:30005"),
				new DeliveryLedger.Report("SMfirst", DeliveryStatus.UNDELIVERED, "twilio:30003")));
		ledger.reportedAll(List.of(new DeliveryLedger.Report("SMfirst", DeliveryStatus.DELIVERED, null)));

		assertThat(applied).isEqualTo(1);
		assertThat(status(sent)).containsEntry("status", "UNDELIVERED").containsEntry("error_code", "twilio:30003");
		assertThat(status(alreadyFinal)).containsEntry("status", "DELIVERED").containsEntry("error_code", null);
		ledger.sentAll(List.of(DeliveryLedger.Answer.accepted(sending, "SMearly")));
		assertThat(status(sending)).containsEntry("status", "FAILED").containsEntry("error_code", "twilio:30005");
	}

	@Test
	void aReturnedMailTurnsASentOrDeliveredEmailBouncedOrComplainedOnceAndNamesItsAddressEveryTime() {
		long sent = emailRow("SENT", "<bounced@beacon>", "bounced@example.org");
		long delivered = emailRow("DELIVERED", "<complained@beacon>", "complained@example.org");
		long failed = emailRow("FAILED", "<failed@beacon>", "failed@example.org");
		DeliveryLedger.Returned bounce = new DeliveryLedger.Returned("<bounced@beacon>", DeliveryStatus.BOUNCED,
				"dsn:5.1.1", "smtp; 550 5.1.1 user unknown");
		DeliveryLedger.Returned complaint = new DeliveryLedger.Returned("<complained@beacon>",
				DeliveryStatus.COMPLAINED, "arf:abuse", null);

		List<DeliveryLedger.ReturnedTo> first = ledger.returnedAll(List.of(bounce, complaint,
				new DeliveryLedger.Returned("<failed@beacon>", DeliveryStatus.BOUNCED, "dsn:5.1.1", null),
				new DeliveryLedger.Returned("<unknown@beacon>", DeliveryStatus.BOUNCED, "dsn:5.1.1", null)));
		List<DeliveryLedger.ReturnedTo> again = ledger.returnedAll(List.of(
				new DeliveryLedger.Returned("<bounced@beacon>", DeliveryStatus.COMPLAINED, "arf:abuse", null),
				complaint));

		assertThat(first).containsExactlyInAnyOrder(
				new DeliveryLedger.ReturnedTo("<bounced@beacon>", "bounced@example.org", true),
				new DeliveryLedger.ReturnedTo("<complained@beacon>", "complained@example.org", true),
				new DeliveryLedger.ReturnedTo("<failed@beacon>", "failed@example.org", false));
		assertThat(again).containsExactlyInAnyOrder(
				new DeliveryLedger.ReturnedTo("<bounced@beacon>", "bounced@example.org", false),
				new DeliveryLedger.ReturnedTo("<complained@beacon>", "complained@example.org", false));
		assertThat(status(sent)).containsEntry("status", "BOUNCED").containsEntry("error_code", "dsn:5.1.1");
		assertThat(status(delivered)).containsEntry("status", "COMPLAINED").containsEntry("error_code", "arf:abuse");
		assertThat(status(failed)).containsEntry("status", "FAILED");
	}

	@Test
	void aBounceThatComesBeforeItsEmailIsRecordedAsSentWaitsForIt() {
		long sending = emailRow("SENDING", null, "early@example.org");

		assertThat(ledger.returnedAll(List.of(new DeliveryLedger.Returned("<early@beacon>", DeliveryStatus.BOUNCED,
				"dsn:5.1.1", null)))).isEmpty();
		ledger.sentAll(List.of(DeliveryLedger.Answer.accepted(sending, "<early@beacon>")));

		assertThat(status(sending)).containsEntry("status", "BOUNCED").containsEntry("error_code", "dsn:5.1.1");
	}

	long emailRow(String status, String providerId, String destination) {
		return jdbc.queryForObject("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed, status, provider_id, claimed_at)
				VALUES (?, ?, 'EMAIL', ?, ?, ?, now()) RETURNING id""", Long.class, UUID.randomUUID(),
				UUID.randomUUID(), sealedDestination(destination), status, providerId);
	}

	long sentRow(String providerId) {
		long id = row(UUID.randomUUID(), "SENT", "+22376000073", Instant.now());
		jdbc.update("UPDATE delivery SET provider_id = ? WHERE id = ?", providerId, id);
		return id;
	}

	long row(UUID subscriber, String status, String destination, Instant claimedAt) {
		return jdbc.queryForObject("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed, status, claimed_at)
				VALUES (?, ?, 'SMS', ?, ?, ?) RETURNING id""", Long.class, UUID.randomUUID(), subscriber,
				sealedDestination(destination),
				status, claimedAt == null ? null : Timestamp.from(claimedAt));
	}

	Map<String, Object> status(long id) {
		return jdbc.queryForMap("SELECT status, error_code, destination_sealed AS destination FROM delivery WHERE id = ?", id);
	}
}
