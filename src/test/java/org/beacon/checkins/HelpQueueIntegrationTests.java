package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.beacon.support.ParisPost;
import org.beacon.support.Pipeline;
import org.beacon.support.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The help queue of a check-in: crisis staff of the post see who needs help with how to reach them, take and resolve
 * cases; nobody else sees a citizen; every look and action is audited.
 */
class HelpQueueIntegrationTests extends BeaconIntegrationTest {

	static final String CRISIS = "crisis-officer";

	static final String PHONE = "+22376000300";

	static final String EMAIL = "needs-help@example.org";

	static final String CONTACT_NAME = "Awa Traoré";

	static final String CONTACT_PHONE = "+22376123457";

	static final String WORDS = "broken leg, at the Laico hotel with 3 others";

	@Autowired
	DeliveryProperties properties;

	@Autowired
	PasswordEncoder passwords;

	Pipeline pipeline;

	CheckInAnswers checkIns;

	String citizen;

	String id;

	@BeforeEach
	void aCitizenWhoNeedsHelp() {
		pipeline = new Pipeline(api());
		checkIns = new CheckInAnswers(api(), http, properties.twilio().authToken(),
				properties.twilio().webhookBaseUrl());
		Api.Response enrolled = api().enroll(Api.json("email", EMAIL, "phone", PHONE, "channels", List.of("SMS"),
				"locations", List.of(Api.json("country", "ML", "region", "ML-BKO")), "emergencyContact",
				Api.json("name", CONTACT_NAME, "phone", CONTACT_PHONE)));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
		citizen = enrolled.body().get("id").asText();
		id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, 1);
		checkIns.text(PHONE, "2 " + WORDS);
	}

	@Test
	void crisisStaffOfThePostSeeWhoNeedsHelpWithHowToReachThem() {
		Api.Response queue = api().get(help(""), crisis());

		assertThat(queue.status()).as(queue.body().toString()).isEqualTo(200);
		JsonNode helpCase = queue.body().at("/cases/0");
		assertThat(queue.body().get("cases")).hasSize(1);
		assertThat(helpCase.get("subscriberId").asText()).isEqualTo(citizen);
		assertThat(helpCase.get("status").asText()).isEqualTo("OPEN");
		assertThat(helpCase.get("nowSafe").asBoolean()).isFalse();
		assertThat(helpCase.get("phone").asText()).isEqualTo(PHONE);
		assertThat(helpCase.get("email").asText()).isEqualTo(EMAIL);
		assertThat(helpCase.get("message").asText()).isEqualTo(WORDS);
		assertThat(helpCase.get("channel").asText()).isEqualTo("SMS");
		assertThat(helpCase.at("/places/0/country").asText()).isEqualTo("ML");
		assertThat(helpCase.at("/places/0/region").asText()).isEqualTo("ML-BKO");
		assertThat(helpCase.at("/emergencyContact/name").asText()).isEqualTo(CONTACT_NAME);
		assertThat(helpCase.at("/emergencyContact/phone").asText()).isEqualTo(CONTACT_PHONE);
		assertThat(audit("HELP_QUEUE_VIEW")).singleElement().satisfies(detail -> assertThat(detail)
			.contains("1 citizens").contains(citizen).doesNotContain(PHONE).doesNotContain(EMAIL));
	}

	@Test
	void staffWithoutTheCrisisRoleAreRefusedAndSeeNoCitizenInTheCheckIn() {
		for (String path : List.of(help(""), roster(""), roster(".csv"))) {
			assertThat(api().get(path, Api.staff(Api.OFFICER, Api.PASSWORD)).status()).as(path).isEqualTo(403);
			assertThat(api().get(path, Api.staff(Api.ADMIN, Api.PASSWORD)).status()).as(path).isEqualTo(403);
		}
		assertThat(api().post(help("/" + citizen + "/take"), Api.staff(Api.OFFICER, Api.PASSWORD)).status())
			.isEqualTo(403);

		String checkIn = checkIns.find(id).toString();
		assertThat(checkIn).contains("\"needHelp\":1")
			.doesNotContain(citizen, PHONE, EMAIL, CONTACT_NAME, CONTACT_PHONE, "Laico");
		// The audit log is never emptied between tests: only this check-in's rows say anything about this test.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_audit WHERE action = 'HELP_QUEUE_VIEW' "
				+ "AND alert_id = CAST(? AS uuid)", Integer.class, id)).isZero();
	}

	@Test
	void crisisStaffOfAnotherPostDoNotFindTheCheckIn() {
		ParisPost.withCrisisOfficer(jdbc, passwords);
		HttpHeaders paris = Api.staff(ParisPost.CRISIS, ParisPost.PASSWORD);

		for (String path : List.of(help(""), roster(""), roster(".csv"))) {
			Api.Response refused = api().get(path, paris);
			assertThat(refused.status()).as(path).isEqualTo(404);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.body().toString()).doesNotContain(PHONE, EMAIL);
		}
		assertThat(api().post(help("/" + citizen + "/take"), paris).status()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT status FROM help_case", String.class)).isEqualTo("OPEN");
	}

	@Test
	void aCaseIsTakenThenResolvedWithANoteAndNothingElse() {
		Api.Response early = api().postJson(help("/" + citizen + "/resolve"), Api.json("note", "Called"), crisis());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.contentType()).startsWith("application/problem+json");
		assertThat(early.body().get("caseStatus").asText()).isEqualTo("OPEN");

		Api.Response taken = api().post(help("/" + citizen + "/take"), crisis());
		assertThat(taken.status()).as(taken.body().toString()).isEqualTo(200);
		assertThat(taken.body().get("status").asText()).isEqualTo("TAKEN");
		assertThat(taken.body().get("takenBy").asText()).isEqualTo(CRISIS);
		assertThat(api().post(help("/" + citizen + "/take"), crisis()).status()).isEqualTo(200);

		Problems.assertInvalid(api().postJson(help("/" + citizen + "/resolve"), Api.json("note", "  "), crisis()),
				"note");
		Problems.assertInvalid(api().postJson(help("/" + citizen + "/resolve"), Api.json("note", "x".repeat(2001)),
				crisis()), "note");
		Api.Response resolved = api().postJson(help("/" + citizen + "/resolve"),
				Api.json("note", "Called back; an ambulance took them to the hospital."), crisis());
		assertThat(resolved.status()).as(resolved.body().toString()).isEqualTo(200);
		assertThat(resolved.body().get("status").asText()).isEqualTo("RESOLVED");
		assertThat(resolved.body().get("resolvedBy").asText()).isEqualTo(CRISIS);
		assertThat(resolved.body().get("note").asText()).startsWith("Called back");

		assertThat(api().post(help("/" + citizen + "/take"), crisis()).status()).isEqualTo(409);
		assertThat(api().postJson(help("/" + citizen + "/resolve"), Api.json("note", "again"), crisis()).status())
			.isEqualTo(409);
		Api.Response unknown = api().post(help("/" + UUID.randomUUID() + "/take"), crisis());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(api().get(help("?status=OPEN&status=TAKEN"), crisis()).body().get("cases")).isEmpty();
		assertThat(api().get(help("?status=RESOLVED"), crisis()).body().get("cases")).hasSize(1);
		assertThat(audit("HELP_TAKE")).containsExactly("citizen " + citizen);
		assertThat(audit("HELP_RESOLVE")).containsExactly("citizen " + citizen);
	}

	@Test
	void aCitizenWhoThenSaysTheyAreSafeStaysInTheQueueMarkedNowSafeAndAskingAgainReopensTheirCase() {
		clock.advance(Duration.ofMinutes(5));
		checkIns.text(PHONE, "1");

		JsonNode helpCase = api().get(help(""), crisis()).body().at("/cases/0");
		assertThat(helpCase.get("status").asText()).isEqualTo("OPEN");
		assertThat(helpCase.get("nowSafe").asBoolean()).isTrue();
		assertThat(helpCase.get("answer").asText()).isEqualTo("SAFE");
		assertThat(helpCase.get("message").asText()).isEqualTo(WORDS);

		api().post(help("/" + citizen + "/take"), crisis());
		api().postJson(help("/" + citizen + "/resolve"), Api.json("note", "Confirmed safe by phone."), crisis());
		clock.advance(Duration.ofMinutes(5));
		checkIns.text(PHONE, "2 the road is blocked now");

		JsonNode reopened = api().get(help("?status=OPEN"), crisis()).body().at("/cases/0");
		assertThat(reopened.get("subscriberId").asText()).isEqualTo(citizen);
		assertThat(reopened.get("nowSafe").asBoolean()).isFalse();
		assertThat(reopened.get("message").asText()).isEqualTo("the road is blocked now");
		assertThat(reopened.get("note").asText()).isEqualTo("Confirmed safe by phone.");
		assertThat(reopened.hasNonNull("takenBy")).isFalse();
	}

	@Test
	void thePageShowsTheCaseAndItsButtonsToCrisisStaffOnly() {
		PageSession officer = new PageSession(http.getRootUri()).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		assertThat(officer.get("/staff/checkins/" + id + "/help").status()).isEqualTo(403);
		assertThat(officer.get("/staff").body()).doesNotContain("/staff/checkins/help");

		PageSession crisis = new PageSession(http.getRootUri()).signInAsStaff(CRISIS, Api.PASSWORD);
		PageSession.Page dashboard = crisis.get("/staff");
		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.body()).contains("href=\"/staff/checkins/help\"");
		assertThat(crisis.get("/staff/checkins/help").body()).contains("/staff/checkins/" + id + "/help");
		PageSession.Page queue = crisis.get("/staff/checkins/" + id + "/help");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.body()).contains(PHONE, EMAIL, CONTACT_NAME, "Laico", "Take this case");

		PageSession.Page taken = crisis.post("/staff/checkins/" + id + "/help/" + citizen + "/take");
		assertThat(taken.location()).endsWith("/staff/checkins/" + id + "/help");
		assertThat(crisis.get("/staff/checkins/" + id + "/help").body()).contains("You took this case.", "Resolve");
		crisis.post("/staff/checkins/" + id + "/help/" + citizen + "/resolve", "note", "Called back.");
		assertThat(crisis.get("/staff/checkins/" + id + "/help?resolved=true").body()).contains("Called back.");
		assertThat(jdbc.queryForObject("SELECT note FROM help_case", String.class)).isEqualTo("Called back.");
	}

	private List<String> audit(String action) {
		return jdbc.queryForList("SELECT detail FROM staff_audit WHERE action = ? AND alert_id = CAST(? AS uuid) "
				+ "ORDER BY id", String.class, action, id);
	}

	private String help(String rest) {
		return "/api/v1/checkins/" + id + "/help" + rest;
	}

	private String roster(String rest) {
		return "/api/v1/checkins/" + id + "/roster" + rest;
	}

	private static HttpHeaders crisis() {
		return Api.staff(CRISIS, Api.PASSWORD);
	}
}
