package org.beacon.broadcast.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Citizens;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The two-person rule holds an update (CAP Update) as it holds a new alert, through the REST API. */
class UpdateApprovalIntegrationTests extends BeaconIntegrationTest {

	private static final String AUTHOR = "officer-approver";

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void author() {
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, ?, ?, 'embassy-bamako', '{OFFICER,APPROVER}') ON CONFLICT DO NOTHING""", AUTHOR, AUTHOR,
				passwords.encode(Api.PASSWORD));
	}

	@Test
	void anExtremeUpdateWaitsForAnotherApproverThenReachesTheOriginalsRecipientsOnce() {
		Citizens.inMali(jdbc, cipher, 6, "held", "+223764");
		Pipeline pipeline = new Pipeline(api());
		String original = pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("EMAIL", "SMS"));
		pipeline.awaitSettled(original, 12);
		// Newcomers are in the area now but never got the original: an update must not count them, nor reach them.
		Citizens.inMali(jdbc, cipher, 4, "newcomer", "+223765");

		Api.Response response = post("/api/v1/alerts/" + original + "/update", AUTHOR, Api.json("title",
				"Fighting spreads", "body", "Shelter in place.", "severity", "EXTREME"));

		assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
		assertThat(response.body().get("status").asText()).isEqualTo("PENDING_APPROVAL");
		assertThat(response.body().get("severity").asText()).isEqualTo("EXTREME");
		String update = response.body().get("id").asText();
		awaitPipelineIdle();
		assertThat(deliveries(update)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_audit WHERE alert_id = ?::uuid AND username = ? "
				+ "AND action = 'SUBMIT_FOR_APPROVAL' AND detail LIKE ?", Long.class, update, AUTHOR,
				"Update of " + original + "%")).isEqualTo(1);

		Api.Response pending = api().get("/api/v1/alerts/pending-approval", Api.staff("approver", Api.PASSWORD));
		assertThat(pending.body().get(0).at("/alert/id").asText()).isEqualTo(update);
		assertThat(pending.body().get(0).get("follows").asText()).isEqualTo(original);
		assertThat(pending.body().get(0).get("followsTitle").asText()).isEqualTo("Curfew");
		assertThat(pending.body().get(0).get("reason").asText()).isEqualTo("EXTREME_SEVERITY");
		assertThat(pending.body().get(0).get("audienceWhenComposed").asLong()).isEqualTo(12);
		assertThat(pending.body().get(0).at("/audienceNow/EMAIL").asLong()).as("the original's recipients, not the "
				+ "area's").isEqualTo(6);

		Api.Response own = decide(update, AUTHOR, "APPROVE");
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.body().get("detail").asText()).contains("another approver");
		assertThat(decide(update, "approver", "APPROVE").status()).isEqualTo(200);

		pipeline.awaitSettled(update, 12);
		assertThat(pairs(update)).isEqualTo(pairs(original));
		assertThat(TWILIO.messages().stream().filter(m -> m.get("Body").contains("Fighting spreads"))).hasSize(6);
		assertThat(api().getText("/cap/alerts/" + update + ".xml").getBody()).contains("<msgType>Update</msgType>")
			.contains("<severity>Extreme</severity>")
			.contains("beacon-" + original);
	}

	@Test
	void aRejectedUpdateIsNeverSentAndLeavesTheOriginalAlone() {
		Citizens.inMali(jdbc, cipher, 3, "kept", "+223766");
		Pipeline pipeline = new Pipeline(api());
		String original = pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		pipeline.awaitSettled(original, 3);
		String update = post("/api/v1/alerts/" + original + "/update", AUTHOR, Api.json("title", "Worse",
				"body", "Leave now.", "severity", "EXTREME")).body().get("id").asText();

		assertThat(decide(update, "approver", "REJECT").status()).isEqualTo(200);

		awaitPipelineIdle();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_audit WHERE alert_id = ?::uuid AND action = "
				+ "'REJECT'", Long.class, update)).as("the rejection was handled").isOne();
		assertThat(deliveries(update)).isZero();
		assertThat(api().alert(original).body().get("status").asText()).isEqualTo("ISSUED");
		assertThat(deliveries(original)).isEqualTo(3);
	}

	@Test
	void aModerateUpdateToASmallAudienceGoesOutAtOnce() {
		Citizens.inMali(jdbc, cipher, 2, "small", "+223767");
		Pipeline pipeline = new Pipeline(api());
		String original = pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		pipeline.awaitSettled(original, 2);

		Api.Response response = post("/api/v1/alerts/" + original + "/update", Api.OFFICER, Api.json("title",
				"Calmer", "body", "The curfew is eased.", "severity", "MODERATE"));

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.body().get("status").asText()).isEqualTo("ISSUED");
		pipeline.awaitSettled(response.body().get("id").asText(), 2);
	}

	private long deliveries(String id) {
		return jdbc.queryForObject("SELECT count(*) FROM delivery WHERE alert_id = ?::uuid", Long.class, id);
	}

	private Set<String> pairs(String alertId) {
		return new HashSet<>(jdbc.queryForList(
				"SELECT subscriber_id || '/' || channel FROM delivery WHERE alert_id = ?::uuid", String.class, alertId));
	}

	private Api.Response decide(String id, String user, String decision) {
		return post("/api/v1/alerts/" + id + "/approval", user, Api.json("decision", decision));
	}

	private Api.Response post(String path, String user, Map<String, Object> body) {
		try {
			return api().postText(path, new ObjectMapper().writeValueAsString(body), MediaType.APPLICATION_JSON,
					Api.staff(user, Api.PASSWORD));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
