package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.beacon.checkins.SafetyAnswers.Recording;
import org.beacon.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * SMS replies are read and stored a batch at a time: replies arriving together are each answered and each counted,
 * and one transaction holding two answers of one citizen keeps the later.
 */
class SmsAnswerBatchesIntegrationTests extends CheckInIntegrationTest {

	static final int CITIZENS = 12;

	@Autowired
	SafetyAnswers answers;

	@Test
	void repliesArrivingTogetherAreEachAnsweredAndCounted() throws Exception {
		for (int i = 0; i <= CITIZENS; i++) {
			pipeline.enroll("together" + i + "@example.org", phone(i), Api.json("country", "ML"));
		}
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, CITIZENS + 1);

		ExecutorService citizens = Executors.newFixedThreadPool(CITIZENS);
		try {
			List<Future<String>> replies = new ArrayList<>();
			// Among them, a number Beacon does not know and a citizen whose reply is no answer.
			Future<String> stranger = citizens.submit(() -> checkIns.text("+22376009999", "1").getBody());
			Future<String> unclear = citizens.submit(() -> checkIns.text(phone(CITIZENS), "what is happening?").getBody());
			for (int i = 0; i < CITIZENS; i++) {
				String words = i % 4 == 0 ? "2 stuck at the border post" : "1";
				String from = phone(i);
				replies.add(citizens.submit(() -> checkIns.text(from, words).getBody()));
			}
			for (int i = 0; i < CITIZENS; i++) {
				assertThat(replies.get(i).get(30, TimeUnit.SECONDS)).as("the answer to citizen %d", i)
					.contains(i % 4 == 0 ? "recorded that you need help" : "recorded that you are safe");
			}
			assertThat(stranger.get(30, TimeUnit.SECONDS)).doesNotContain("<Message>");
			assertThat(unclear.get(30, TimeUnit.SECONDS)).contains("Reply 1 if you are safe");
		}
		finally {
			citizens.shutdownNow();
		}

		JsonNode counts = checkIns.find(id).at("/counts");
		assertThat(counts.get("safe").asInt()).isEqualTo(9);
		assertThat(counts.get("needHelp").asInt()).isEqualTo(3);
		assertThat(counts.get("noAnswer").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM safety_report WHERE checkin_id = ?::uuid", Long.class,
				id)).isEqualTo(CITIZENS);
		assertThat(jdbc.queryForList("SELECT message FROM safety_answer WHERE answer = 'NEED_HELP'", String.class))
			.hasSize(3).containsOnly("stuck at the border post");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM help_case WHERE checkin_id = ?::uuid", Long.class, id))
			.isEqualTo(3);
	}

	@Test
	void twoAnswersOfOneCitizenInOneTransactionKeepTheLater() {
		UUID citizen = UUID.fromString(pipeline.enroll("changed-mind@example.org", phone(0), Api.json("country", "ML")));
		UUID id = UUID.fromString(checkIns.start(List.of("SMS")));
		pipeline.awaitSettled(id.toString(), 1);

		answers.recordAll(List.of(
				new Recording(id, List.of(citizen), SafetyAnswer.SAFE, AnswerChannel.SMS, null, HelpDetails.NONE),
				new Recording(id, List.of(citizen), SafetyAnswer.NEED_HELP, AnswerChannel.SMS, "2 not so fine after all",
						HelpDetails.NONE)));

		assertThat(jdbc.queryForMap("SELECT answer, message FROM safety_answer WHERE checkin_id = ?", id))
			.containsEntry("answer", "NEED_HELP").containsEntry("message", "2 not so fine after all");
		assertThat(jdbc.queryForList("SELECT answer FROM safety_report WHERE checkin_id = ? ORDER BY id", String.class,
				id)).containsExactly("SAFE", "NEED_HELP");
		assertThat(jdbc.queryForObject("SELECT status FROM help_case WHERE checkin_id = ?", String.class, id))
			.isEqualTo("OPEN");
	}

	private static String phone(int i) {
		return "+2237600%04d".formatted(300 + i);
	}
}
