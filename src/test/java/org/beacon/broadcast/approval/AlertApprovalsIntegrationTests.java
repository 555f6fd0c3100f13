package org.beacon.broadcast.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.beacon.broadcast.web.AlertsApiIntegrationTests;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Citizens;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The two-person rule through the REST API, with real Kafka and deliveries. */
public class AlertApprovalsIntegrationTests extends BeaconIntegrationTest {

	static final String APPROVER = "approver";

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void staff() {
		member("officer-approver", "embassy-bamako", "{OFFICER,APPROVER}");
		jdbc.update("INSERT INTO post (id, name) VALUES ('embassy-paris', 'U.S. Embassy Paris') ON CONFLICT DO NOTHING");
		jdbc.update("INSERT INTO post_country (post_id, country) VALUES ('embassy-paris', 'FR') ON CONFLICT DO NOTHING");
		member("paris-approver", "embassy-paris", "{APPROVER}");
	}

	private void member(String username, String post, String roles) {
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, ?, ?, ?, CAST(? AS text[])) ON CONFLICT DO NOTHING""", username, username,
				passwords.encode(Api.PASSWORD), post, roles);
	}

	public static Map<String, Object> extreme() {
		return AlertsApiIntegrationTests.alert("severity", "EXTREME", "title", "Armed clashes near the airport");
	}

	@Test
	void anExtremeAlertWaitsUntilAnotherApproverApprovesItThenIsDelivered() {
		Pipeline pipeline = new Pipeline(api());
		pipeline.enroll("resident@example.org", "+22376000030", Api.json("country", "ML"));

		Api.Response issued = api().issueAlert(extreme());
		assertThat(issued.status()).isEqualTo(202);
		assertThat(issued.body().get("status").asText()).isEqualTo("PENDING_APPROVAL");
		String id = issued.body().get("id").asText();

		awaitPipelineIdle();
		assertThat(audited(id, "SUBMIT_FOR_APPROVAL")).as("the submission was handled").isOne();
		assertThat(deliveries(id)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE event_type LIKE '%AlertIssued' "
				+ "AND serialized_event LIKE ?", Long.class, "%" + id + "%")).isZero();

		Api.Response pending = api().get("/api/v1/alerts/pending-approval", Api.staff(APPROVER, Api.PASSWORD));
		assertThat(pending.body()).hasSize(1);
		assertThat(pending.body().get(0).get("reason").asText()).isEqualTo("EXTREME_SEVERITY");
		assertThat(pending.body().get(0).at("/alert/id").asText()).isEqualTo(id);
		assertThat(api().get("/api/v1/alerts/pending-approval", Api.staff(Api.OFFICER, Api.PASSWORD)).body()).isEmpty();
		assertThat(api().get("/api/v1/alerts/pending-approval", Api.staff("paris-approver", Api.PASSWORD)).body())
			.isEmpty();

		Api.Response byOfficer = decide(id, Api.OFFICER, "APPROVE");
		assertThat(byOfficer.status()).isEqualTo(403);
		assertThat(byOfficer.contentType()).startsWith("application/problem+json");
		assertThat(decide(id, "paris-approver", "APPROVE").status()).isEqualTo(404);

		Api.Response approved = decide(id, APPROVER, "APPROVE");
		assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
		assertThat(approved.body().get("status").asText()).isEqualTo("ISSUED");
		pipeline.awaitSettled(id, 2, Duration.ofSeconds(40));
		assertThat(jdbc.queryForObject("SELECT reviewed_by FROM alert WHERE id = ?::uuid", String.class, id))
			.isEqualTo(APPROVER);

		Api.Response again = decide(id, APPROVER, "REJECT");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("detail").asText()).contains("not awaiting approval");
	}

	@Test
	void theAuthorMayNotApproveTheirOwnAlert() {
		Api.Response issued = api().issueAlertAs("officer-approver", Api.PASSWORD, extreme());
		String id = issued.body().get("id").asText();

		Api.Response own = decide(id, "officer-approver", "APPROVE");
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.contentType()).startsWith("application/problem+json");
		assertThat(own.body().get("detail").asText()).contains("another approver");
		assertThat(api().get("/api/v1/alerts/pending-approval", Api.staff("officer-approver", Api.PASSWORD)).body()
			.get(0).get("ownAlert").asBoolean()).isTrue();
		assertThat(status(id)).isEqualTo("PENDING_APPROVAL");

		assertThat(decide(id, APPROVER, "APPROVE").status()).isEqualTo(200);
		assertThat(status(id)).isEqualTo("ISSUED");
	}

	@Test
	void aRejectedAlertIsNeverSent() {
		new Pipeline(api()).enroll("resident@example.org", "+22376000031", Api.json("country", "ML"));
		String id = api().issueAlert(extreme()).body().get("id").asText();

		Api.Response rejected = send(id, APPROVER, Api.json("decision", "REJECT", "reason", "Not confirmed yet"));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.body().get("status").asText()).isEqualTo("REJECTED");
		assertThat(jdbc.queryForObject("SELECT rejection_reason FROM alert WHERE id = ?::uuid", String.class, id))
			.isEqualTo("Not confirmed yet");
		assertThat(decide(id, APPROVER, "APPROVE").status()).isEqualTo(409);

		awaitPipelineIdle();
		assertThat(audited(id, "REJECT")).as("the rejection was handled").isOne();
		assertThat(deliveries(id)).isZero();
	}

	private long deliveries(String id) {
		return jdbc.queryForObject("SELECT count(*) FROM delivery WHERE alert_id = ?::uuid", Long.class, id);
	}

	private long audited(String id, String action) {
		return jdbc.queryForObject("SELECT count(*) FROM staff_audit WHERE alert_id = ?::uuid AND action = ?",
				Long.class, id, action);
	}

	@Test
	void alertsBelowTheRuleAreIssuedAtOnce() {
		Api.Response issued = api().issueAlert(AlertsApiIntegrationTests.alert("severity", "SEVERE"));
		assertThat(issued.body().get("status").asText()).isEqualTo("ISSUED");
	}

	@Test
	void anAlertForMoreRecipientsThanTheThresholdWaitsForApproval() {
		Citizens.inMali(jdbc, cipher, 10_001, "many", "+2237");
		Map<String, Object> area = Api.json("countries", List.of("ML"));

		Api.Response estimate = estimate(Api.json("area", area, "channels", List.of("EMAIL"), "severity", "MODERATE"));
		assertThat(estimate.status()).isEqualTo(200);
		assertThat(estimate.body().at("/perChannel/EMAIL").asLong()).isEqualTo(10_001);
		assertThat(estimate.body().get("approvalReason").asText()).isEqualTo("LARGE_AUDIENCE");
		assertThat(estimate.body().get("approvalThreshold").asLong()).isEqualTo(10_000);

		Api.Response issued = api().issueAlert(AlertsApiIntegrationTests.alert("channels", List.of("EMAIL")));
		assertThat(issued.body().get("status").asText()).isEqualTo("PENDING_APPROVAL");
		Api.Response pending = api().get("/api/v1/alerts/pending-approval", Api.staff(APPROVER, Api.PASSWORD));
		assertThat(pending.body().get(0).get("reason").asText()).isEqualTo("LARGE_AUDIENCE");
		assertThat(pending.body().get(0).get("audienceWhenComposed").asLong()).isEqualTo(10_001);
		assertThat(pending.body().get(0).at("/audienceNow/EMAIL").asLong()).isEqualTo(10_001);
		assertThat(decide(issued.body().get("id").asText(), APPROVER, "REJECT").status()).isEqualTo(200);
	}

	@Test
	void theAudienceEstimateCountsVerifiedRecipientsPerChannelWithinThePost() {
		new Pipeline(api()).enroll("resident@example.org", "+22376000032", Api.json("country", "ML"));
		jdbc.update("UPDATE subscriber SET phone_verified_at = NULL");

		Api.Response estimate = estimate(Api.json("area", Api.json("countries", List.of("ML")), "channels",
				List.of("EMAIL", "SMS")));
		// One verified email: a count that small is withheld ("fewer than 5"); the unverified phone counts 0.
		assertThat(estimate.body().at("/perChannel/EMAIL").isNull()).isTrue();
		assertThat(estimate.body().at("/perChannelFewerThan/EMAIL").asInt()).isEqualTo(5);
		assertThat(estimate.body().at("/perChannel/SMS").asLong()).isZero();
		assertThat(estimate.body().get("total").isNull()).isTrue();
		assertThat(estimate.body().get("totalFewerThan").asInt()).isEqualTo(5);
		assertThat(estimate.body().has("approvalReason")).isFalse();
		assertThat(estimate(Api.json("area", Api.json("countries", List.of("ML")), "channels", List.of("SMS"),
				"severity", "EXTREME")).body().get("approvalReason").asText()).isEqualTo("EXTREME_SEVERITY");

		Api.Response outside = estimate(Api.json("area", Api.json("countries", List.of("FR")), "channels",
				List.of("EMAIL")));
		assertThat(outside.status()).isEqualTo(403);
		Api.Response unknown = estimate(Api.json("area", Api.json("countries", List.of("ML"), "regions",
				List.of("ML-99")), "channels", List.of("EMAIL")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().get("errors").findValuesAsText("field")).contains("area.regions[0]");
		assertThat(estimate(Api.json("area", Api.json("countries", List.of("ML")))).status()).isEqualTo(400);
	}

	private Api.Response estimate(Map<String, Object> body) {
		return post("/api/v1/alerts/audience-estimate", Api.OFFICER, body);
	}

	@Test
	void aMalformedDecisionIsAProblemNamingTheField() {
		String id = api().issueAlert(extreme()).body().get("id").asText();

		Api.Response response = send(id, APPROVER, Api.json("decision", "MAYBE"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(send(id, APPROVER, Api.json("reason", "x")).status()).isEqualTo(400);
		assertThat(status(id)).isEqualTo("PENDING_APPROVAL");
	}

	private String status(String id) {
		return jdbc.queryForObject("SELECT status FROM alert WHERE id = ?::uuid", String.class, id);
	}

	private Api.Response decide(String id, String user, String decision) {
		return send(id, user, Api.json("decision", decision));
	}

	private Api.Response send(String id, String user, Map<String, Object> body) {
		return post("/api/v1/alerts/" + id + "/approval", user, body);
	}

	private Api.Response post(String path, String user, Map<String, Object> body) {
		HttpHeaders headers = Api.staff(user, Api.PASSWORD);
		try {
			return api().postText(path,
					new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body), MediaType.APPLICATION_JSON,
					headers);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
