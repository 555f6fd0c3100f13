package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.beacon.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Citizens answer a check-in by replying to its SMS, through Twilio's inbound webhook, signed as Twilio signs and
 * checked by the SDK's RequestValidator.
 */
class SmsAnswersIntegrationTests extends CheckInIntegrationTest {

	static final String PHONE = "+22376000200";

	String checkInSentTo(int recipients) {
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, recipients);
		return id;
	}

	@Test
	void theSmsAsksTheQuestionAndAOneIsRecordedAsSafe() {
		pipeline.enroll("safe@example.org", PHONE, Api.json("country", "ML", "region", "ML-BKO"));
		String id = checkInSentTo(1);

		String twiml = checkIns.text(PHONE, " 1 ").getBody();

		assertThat(TWILIO.messagesTo(PHONE)).singleElement()
			.satisfies(sms -> assertThat(sms.get("Body")).endsWith("\nReply 1 if you are safe, 2 if you need help."));
		assertThat(twiml).contains("<Message>").contains("recorded that you are safe");
		JsonNode checkIn = checkIns.find(id);
		assertThat(checkIn.at("/counts/safe").asInt()).isEqualTo(1);
		assertThat(checkIn.at("/counts/noAnswer").asInt()).isZero();
		assertThat(checkIn.at("/places/0/country").asText()).isEqualTo("ML");
		assertThat(checkIn.at("/places/0/region").asText()).isEqualTo("ML-BKO");
		assertThat(checkIn.at("/places/0/counts/safe").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForMap("SELECT answer, channel, message FROM safety_answer"))
			.containsEntry("answer", "SAFE").containsEntry("channel", "SMS").containsEntry("message", null);
	}

	@Test
	void aTwoWithWordsNeedsHelpAndKeepsTheWords() {
		pipeline.enroll("help@example.org", PHONE, Api.json("country", "ML"));
		String id = checkInSentTo(1);

		String twiml = checkIns.text(PHONE, "2 broken leg, at the Laico hotel with 3 others").getBody();

		assertThat(twiml).contains("recorded that you need help").contains("U.S. Embassy Bamako")
			.contains("+223 20 70 23 00");
		assertThat(checkIns.find(id).at("/counts/needHelp").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT message FROM safety_answer", String.class))
			.isEqualTo("broken leg, at the Laico hotel with 3 others");
	}

	@Test
	void aReplyThatIsNoAnswerIsAskedAgainAndRecordsNothing() {
		pipeline.enroll("garbled@example.org", PHONE, Api.json("country", "ML"));
		String id = checkInSentTo(1);

		String twiml = checkIns.text(PHONE, "12 people here?").getBody();

		assertThat(twiml).contains("could not read your answer").contains("Reply 1 if you are safe, 2 if you need help");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM safety_report", Integer.class)).isZero();
		assertThat(checkIns.find(id).at("/counts/noAnswer").asInt()).isEqualTo(1);
	}

	@Test
	void aReplyAfterTheDeadlineIsGivenThePostsEmergencyNumber() {
		pipeline.enroll("late@example.org", PHONE, Api.json("country", "ML"));
		String id = checkIns.start(List.of("SMS"), "deadline", clock.instant().plus(Duration.ofHours(2)).toString());
		pipeline.awaitSettled(id, 1);
		clock.advance(Duration.ofHours(3));

		String twiml = checkIns.text(PHONE, "1").getBody();

		assertThat(twiml).contains("this check-in closed").contains("U.S. Embassy Bamako").contains("+223 20 70 23 00");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM safety_report", Integer.class)).isZero();
		assertThat(checkIns.find(id).at("/open").asBoolean()).isFalse();
	}

	@Test
	void aNumberEnrolledTwiceAnswersForEachEnrollmentItWasAsked() {
		pipeline.enroll("parent@example.org", PHONE, Api.json("country", "ML"));
		pipeline.enroll("child@example.org", PHONE, Api.json("country", "ML"));
		String id = checkInSentTo(2);

		checkIns.text(PHONE, "1");

		assertThat(checkIns.find(id).at("/counts/safe").asInt()).isEqualTo(2);
	}

	@Test
	void theLatestAnswerWinsAndEveryAnswerIsKept() {
		pipeline.enroll("changed@example.org", PHONE, Api.json("country", "ML"));
		String id = checkInSentTo(1);

		checkIns.text(PHONE, "1");
		clock.advance(Duration.ofMinutes(5));
		checkIns.text(PHONE, "2 the road is blocked now");

		JsonNode counts = checkIns.find(id).get("counts");
		assertThat(counts.get("safe").asInt()).isZero();
		assertThat(counts.get("needHelp").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForList("SELECT answer FROM safety_report ORDER BY answered_at", String.class))
			.containsExactly("SAFE", "NEED_HELP");
	}

	@Test
	void aReplyAnswersTheNewestCheckInSentToTheNumber() {
		pipeline.enroll("twice@example.org", PHONE, Api.json("country", "ML"));
		String first = checkInSentTo(1);
		clock.advance(Duration.ofMinutes(1));
		String second = checkInSentTo(1);

		checkIns.text(PHONE, "1");

		assertThat(checkIns.find(first).at("/counts/safe").asInt()).isZero();
		assertThat(checkIns.find(second).at("/counts/safe").asInt()).isEqualTo(1);
	}

	@Test
	void aCitizenWhoLeavesHasTheirWordsErasedAndTheirAnswerStillCounted() {
		Api.Response enrolled = api().enroll(Api.json("email", "leaving@example.org", "phone", PHONE, "channels",
				List.of("SMS"), "locations", List.of(Api.json("country", "ML"))));
		String id = checkInSentTo(1);
		checkIns.text(PHONE, "2 trapped on the 3rd floor of the Radisson");

		api().subscriber(HttpMethod.DELETE, enrolled.body().get("id").asText(), enrolled.body().get("token").asText(),
				null);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				jdbc.queryForList("SELECT message FROM safety_report UNION ALL SELECT message FROM safety_answer",
						String.class))
			.hasSize(2).containsOnlyNulls());
		assertThat(checkIns.find(id).at("/counts/needHelp").asInt()).isEqualTo(1);
	}

	@Test
	void aCitizenEveryMessageToWhomFailedIsUnreachableUntilTheyAnswer() {
		pipeline.enroll("unreachable@example.org", PHONE, Api.json("country", "ML"));
		pipeline.enroll("reachable@example.org", "+22376000299", Api.json("country", "ML"));
		TWILIO.rejectAll(400, 21211, "The 'To' number is not a valid phone number.");
		String id = checkInSentTo(2);

		JsonNode counts = checkIns.find(id).get("counts");

		assertThat(counts.get("unreachable").asInt()).isEqualTo(2);
		assertThat(counts.get("noAnswer").asInt()).isZero();
		assertThat(checkIns.find(id).at("/places/0/counts/unreachable").asInt()).isEqualTo(2);
	}

	@Test
	void aClosedCheckInTakesNoMoreAnswers() {
		pipeline.enroll("closed@example.org", PHONE, Api.json("country", "ML"));
		String id = checkInSentTo(1);
		Api.Response closed = api().post("/api/v1/checkins/" + id + "/close", Api.staff(Api.OFFICER, Api.PASSWORD));

		String twiml = checkIns.text(PHONE, "2").getBody();

		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.body().get("open").asBoolean()).isFalse();
		assertThat(twiml).contains("this check-in closed");
		assertThat(api().post("/api/v1/checkins/" + id + "/close", Api.staff(Api.OFFICER, Api.PASSWORD)).status())
			.isEqualTo(409);
		assertThat(jdbc.queryForList("SELECT action FROM staff_audit WHERE alert_id = CAST(? AS uuid) ORDER BY id",
				String.class, id)).containsExactly("ISSUE", "CLOSE_CHECK_IN");
	}
}
