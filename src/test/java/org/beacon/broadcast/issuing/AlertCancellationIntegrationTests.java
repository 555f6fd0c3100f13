package org.beacon.broadcast.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.transform.stream.StreamSource;

import org.beacon.broadcast.cap.CapDocuments;
import org.beacon.broadcast.cap.CapIntegrationTests;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Citizens;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Cancelling an alert in the middle of a large send, against a slow Twilio: the ledger must tell the truth, and
 * nothing may reach Twilio after the cancellation returned but what workers had already claimed.
 */
class AlertCancellationIntegrationTests extends BeaconIntegrationTest {

	static final int CITIZENS = 2000;

	@Test
	void cancellingDuringALargeSendStopsWhatIsNotYetClaimedAndTheCountsAddUp() {
		Citizens.inMali(jdbc, cipher, CITIZENS, "cancel", "+223764");
		TWILIO.acceptSlowly(20);
		String id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		await().atMost(Duration.ofSeconds(60)).until(() -> count(id, "status IN ('SENT', 'DELIVERED')") >= 100);

		Api.Response cancelled = api().post("/api/v1/alerts/" + id + "/cancel", Api.staff(Api.OFFICER, Api.PASSWORD));
		Set<Long> claimedBefore = new HashSet<>(jdbc.queryForList(
				"SELECT id FROM delivery WHERE alert_id = ?::uuid AND status NOT IN ('QUEUED', 'CANCELLED')", Long.class,
				id));
		// Rows a worker was claiming at the very moment of the cancellation were skipped by it: that claim wins.
		long beingClaimed = count(id, "status = 'QUEUED'");

		assertThat(cancelled.status()).as(cancelled.body().toString()).isEqualTo(200);
		assertThat(cancelled.body().at("/alert/status").asText()).isEqualTo("CANCELLED");
		assertThat(cancelled.body().get("stopped").asLong()).isPositive();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode progress = api().alert(id).body().get("progress");
			assertThat(progress.get("fanOut").asText()).isEqualTo("CANCELLED");
			assertThat(progress.get("finished").asLong()).isEqualTo(progress.get("recipients").asLong());
		});

		long recipients = count(id, "true");
		long cancelledRows = count(id, "status = 'CANCELLED'");
		long sentRows = count(id, "status IN ('SENT', 'DELIVERED')");
		assertThat(recipients).isLessThanOrEqualTo(CITIZENS);
		assertThat(cancelledRows).isPositive();
		assertThat(sentRows + cancelledRows).as("every delivery was either sent or cancelled").isEqualTo(recipients);
		List<Long> sentIds = jdbc.queryForList(
				"SELECT id FROM delivery WHERE alert_id = ?::uuid AND status <> 'CANCELLED'", Long.class, id);
		assertThat(beingClaimed).as("a claim in progress holds at most a batch").isLessThanOrEqualTo(200);
		assertThat(sentIds).as("what was claimed before the cancellation went on").containsAll(claimedBefore);
		assertThat(sentIds.size()).as("nothing else was sent after the cancellation returned")
			.isLessThanOrEqualTo(claimedBefore.size() + (int) beingClaimed);
		List<Map<String, String>> twilio = TWILIO.messages();
		assertThat(twilio).as("Twilio got each delivery that was not cancelled, once").hasSize((int) sentRows);
		assertThat(twilio.stream().map(message -> message.get("To")).distinct()).hasSize((int) sentRows);
		assertThat(api().alert(id).body().at("/progress/byChannel/SMS/CANCELLED").asLong()).isEqualTo(cancelledRows);
	}

	@Test
	void aCancelledAlertHasACapCancelMessageReferencingIt() throws Exception {
		String id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		assertThat(api().getText("/cap/alerts/" + id + "/cancel.xml").getStatusCode().value()).isEqualTo(404);

		api().post("/api/v1/alerts/" + id + "/cancel", Api.staff(Api.OFFICER, Api.PASSWORD));

		ResponseEntity<String> cancel = api().getText("/cap/alerts/" + id + "/cancel.xml");
		assertThat(cancel.getStatusCode().value()).isEqualTo(200);
		CapIntegrationTests.schema().newValidator().validate(new StreamSource(new StringReader(cancel.getBody())));
		String sent = CapIntegrationTests.parse(api().getText("/cap/alerts/" + id + ".xml").getBody())
			.getElementsByTagNameNS(CapDocuments.CAP, "sent").item(0).getTextContent();
		assertThat(cancel.getBody()).contains("<msgType>Cancel</msgType>")
			.contains("<identifier>beacon-" + id + "-cancel</identifier>")
			.contains("<references>alerts@beacon.localhost,beacon-" + id + "," + sent + "</references>");
	}

	@Test
	void refusesToCancelTwiceOrAnAlertOutsideThePost() {
		String id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		api().post("/api/v1/alerts/" + id + "/cancel", Api.staff(Api.OFFICER, Api.PASSWORD));

		Api.Response again = api().post("/api/v1/alerts/" + id + "/cancel", Api.staff(Api.OFFICER, Api.PASSWORD));
		Api.Response unknown = api().post("/api/v1/alerts/" + java.util.UUID.randomUUID() + "/cancel",
				Api.staff(Api.OFFICER, Api.PASSWORD));
		Api.Response notAnId = api().post("/api/v1/alerts/not-an-id/cancel", Api.staff(Api.OFFICER, Api.PASSWORD));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.body().get("detail").asText()).contains("was cancelled");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(notAnId.status()).isEqualTo(400);
	}

	@Test
	void onlyThoseWhoSendOrApproveAlertsOfThePostMayCancelOneAndTheCancelIsAudited() {
		String id = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		staff("bamako-admin", "{ADMIN}");
		staff("bamako-approver", "{APPROVER}");

		Api.Response byAdmin = api().post("/api/v1/alerts/" + id + "/cancel", Api.staff("bamako-admin", Api.PASSWORD));
		assertThat(byAdmin.status()).isEqualTo(403);
		assertThat(byAdmin.contentType()).startsWith("application/problem+json");
		assertThat(api().alert(id).body().get("status").asText()).isEqualTo("ISSUED");

		Api.Response byApprover = api().post("/api/v1/alerts/" + id + "/cancel",
				Api.staff("bamako-approver", Api.PASSWORD));
		assertThat(byApprover.status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_audit WHERE alert_id = ?::uuid AND action = "
				+ "'CANCEL' AND username = 'bamako-approver'", Long.class, id)).isOne();
	}

	private void staff(String username, String roles) {
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				SELECT ?, ?, password_hash, 'embassy-bamako', CAST(? AS text[]) FROM staff_member
				WHERE username = 'duty-officer' ON CONFLICT DO NOTHING""", username, username, roles);
	}

	private long count(String alertId, String condition) {
		return jdbc.queryForObject("SELECT count(*) FROM delivery WHERE alert_id = ?::uuid AND " + condition,
				Long.class, alertId);
	}
}
