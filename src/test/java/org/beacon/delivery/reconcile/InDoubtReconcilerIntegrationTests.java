package org.beacon.delivery.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryStatus;
import org.beacon.platform.sandbox.FakeTwilioApi.Taken;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Citizens;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker died between its provider call and recording the answer: its row is left SENDING. The reconciler asks the
 * provider and records what it took, or has it sent again, and nothing is sent twice that the provider can vouch for.
 * Rows are put back in doubt by hand after a real delivery: claimed five minutes ago, inside the sweeper's lease.
 */
class InDoubtReconcilerIntegrationTests extends BeaconIntegrationTest {

	static final String PHONE = "+22376700000";

	static final String EMAIL = "doubt0@example.org";

	@Autowired
	InDoubtReconciler reconciler;

	@Autowired
	DeliveryLedger ledger;

	@Test
	void anSmsTwilioTookIsRecordedSentWithItsSidAndNotSentAgain() {
		long row = deliveredThenInDoubt("SMS");
		String sid = lastTakenBy(PHONE).sid();

		reconciler.settle();

		assertThat(row(row)).containsEntry("status", "SENT").containsEntry("provider_id", sid);
		awaitPipelineIdle();
		assertThat(TWILIO.messagesTo(PHONE)).hasSize(1);
	}

	@Test
	void aDeliveryReportThatAlreadyCameForTheMessageTwilioTookIsApplied() {
		long row = deliveredThenInDoubt("SMS");
		String sid = lastTakenBy(PHONE).sid();
		ledger.reportedAll(List.of(new DeliveryLedger.Report(sid, DeliveryStatus.DELIVERED, null)));

		reconciler.settle();

		assertThat(row(row)).containsEntry("status", "DELIVERED").containsEntry("provider_id", sid);
	}

	@Test
	void anSmsTwilioNeverTookIsSentAgainOnce() {
		long row = deliveredThenInDoubt("SMS");
		TWILIO.acceptAll();

		reconciler.settle();

		await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(row(row).get("status")));
		awaitPipelineIdle();
		assertThat(TWILIO.messagesTo(PHONE)).hasSize(1);
		assertThat(row(row)).containsEntry("provider_id", lastTakenBy(PHONE).sid());
	}

	@Test
	void anEmailWhoseSmtpAnswerWasNotRecordedIsSentAgain() throws Exception {
		long row = deliveredThenInDoubt("EMAIL");
		SMTP.purgeEmailFromAllMailboxes();

		reconciler.settle();

		await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(row(row).get("status")));
		awaitPipelineIdle();
		assertThat(SMTP.getReceivedMessagesForDomain("example.org")).hasSize(1);
	}

	@Test
	void aDeliveryWhoseProviderAnswerWasRecordedIsSentWithItAndNotSentAgain() throws Exception {
		long row = deliveredThenInDoubt("EMAIL");
		jdbc.update("UPDATE delivery SET provider_id = '<recorded@beacon>' WHERE id = ?", row);
		SMTP.purgeEmailFromAllMailboxes();

		reconciler.settle();

		assertThat(row(row)).containsEntry("status", "SENT").containsEntry("provider_id", "<recorded@beacon>");
		awaitPipelineIdle();
		assertThat(SMTP.getReceivedMessages()).isEmpty();
	}

	@Test
	void anSmsTwilioCannotBeAskedAboutStaysInDoubtAndIsAskedAgainOnceTheHoldIsOver() {
		long row = deliveredThenInDoubt("SMS");
		String sid = lastTakenBy(PHONE).sid();
		TWILIO.failLists(503, 20503);

		reconciler.settle();
		reconciler.settle();

		assertThat(row(row)).containsEntry("status", "SENDING").containsEntry("provider_id", null);
		assertThat(jdbc.queryForObject("SELECT reconcile_until > now() FROM delivery WHERE id = ?", Boolean.class,
				row)).as("held, so no other process asks meanwhile").isTrue();
		TWILIO.answerLists();
		jdbc.update("UPDATE delivery SET reconcile_until = now() - interval '1 second' WHERE id = ?", row);

		reconciler.settle();

		assertThat(row(row)).containsEntry("status", "SENT").containsEntry("provider_id", sid);
		assertThat(TWILIO.messagesTo(PHONE)).hasSize(1);
	}

	/** One citizen gets an alert on the channel; then their row is left as a worker that died would leave it. */
	long deliveredThenInDoubt(String channel) {
		Citizens.inMali(jdbc, cipher, 1, "doubt", "+223767");
		String alert = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Leave Bamako now",
				List.of(channel));
		new Pipeline(api()).awaitSettled(alert, 1);
		awaitPipelineIdle();
		return jdbc.queryForObject("""
				UPDATE delivery SET status = 'SENDING', provider_id = NULL, completed_at = NULL,
				       claimed_at = now() - interval '5 minutes'
				WHERE alert_id = ?::uuid RETURNING id""", Long.class, alert);
	}

	static Taken lastTakenBy(String phone) {
		List<Taken> taken = TWILIO.taken().stream().filter(message -> phone.equals(message.to())).toList();
		assertThat(taken).isNotEmpty();
		return taken.get(taken.size() - 1);
	}

	Map<String, Object> row(long id) {
		return jdbc.queryForMap("SELECT status, provider_id, claimed_by FROM delivery WHERE id = ?", id);
	}
}
