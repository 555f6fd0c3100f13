package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.beacon.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A check-in asks again those who have not answered: SMS first, then email, then a call, and stops for each citizen
 * the moment they answer, and for everyone once staff close it.
 */
class CheckInWavesIntegrationTests extends CheckInIntegrationTest {

	static final String SILENT = "+22376000301";

	static final String ANSWERS = "+22376000302";

	@Autowired
	WaveSchedule waves;

	@Test
	void aSilentCitizenIsAskedBySmsThenEmailThenCallAndOneWhoAnsweredIsLeftAlone() {
		pipeline.enroll("silent@example.org", SILENT, Api.json("country", "ML"));
		pipeline.enroll("answers@example.org", ANSWERS, Api.json("country", "ML"));
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, 2);
		checkIns.text(ANSWERS, "1");

		nextWave();
		assertThat(emailsTo("silent@example.org")).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).contains("Are you safe?"));
		assertThat(emailsTo("answers@example.org")).isEmpty();
		assertThat(TWILIO.callsTo(SILENT)).isEmpty();

		nextWave();
		assertThat(TWILIO.callsTo(SILENT)).singleElement()
			.satisfies(call -> assertThat(call.get("Twiml")).contains("<Gather").contains("numDigits=\"1\"")
				.contains("press 1").contains("Are you safe?"));
		assertThat(TWILIO.callsTo(ANSWERS)).isEmpty();
		assertThat(TWILIO.messagesTo(SILENT)).hasSize(1);
		assertThat(TWILIO.messagesTo(ANSWERS)).hasSize(1);
		assertThat(checkIns.find(id).get("waves").asInt()).isEqualTo(3);

		clock.advance(Duration.ofHours(1));
		assertThat(waves.sendDue()).as("three waves at most").isEmpty();
	}

	@Test
	void aKeyPressedDuringTheCallIsTheCitizensAnswer() {
		pipeline.enroll("caller@example.org", SILENT, Api.json("country", "ML"));
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, 1);
		nextWave();
		nextWave();
		assertThat(TWILIO.callsTo(SILENT)).as(jdbc.queryForList("SELECT alert_id, channel, status, error_code, "
				+ "error_detail FROM delivery").toString()).hasSize(1);
		Map<String, String> call = TWILIO.callsTo(SILENT).get(0);
		String sid = jdbc.queryForObject("SELECT provider_id FROM delivery WHERE channel = 'VOICE'", String.class);

		String unclear = checkIns.press(call.get("Twiml"), sid, SILENT, "7").getBody();
		String safe = checkIns.press(call.get("Twiml"), sid, SILENT, "1").getBody();

		assertThat(unclear).contains("<Gather").doesNotContain("recorded");
		assertThat(safe).contains("<Say").contains("recorded that you are safe");
		assertThat(checkIns.find(id).at("/counts/safe").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT channel FROM safety_answer", String.class)).isEqualTo("VOICE");
	}

	@Test
	void aClosedCheckInAsksNobodyAgain() {
		pipeline.enroll("closing@example.org", SILENT, Api.json("country", "ML"));
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, 1);
		api().post("/api/v1/checkins/" + id + "/close", Api.staff(Api.OFFICER, Api.PASSWORD));

		clock.advance(Duration.ofMinutes(31));

		assertThat(waves.sendDue()).isEmpty();
		assertThat(emailsTo("closing@example.org")).isEmpty();
	}

	void nextWave() {
		clock.advance(Duration.ofMinutes(31));
		assertThat(waves.sendDue()).isNotEmpty();
		awaitPipelineIdle();
	}

	List<MimeMessage> emailsTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
			try {
				return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().contains(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}
}
