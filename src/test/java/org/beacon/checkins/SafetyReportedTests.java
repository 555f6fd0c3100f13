package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.beacon.checkins.SafetyReported.Answered;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The event as the outbox keeps it, in JSON: what is written is read back, and what an older version wrote too. */
class SafetyReportedTests {

	static final UUID CHECK_IN = UUID.fromString("6f1c2a52-36c5-4e0e-9c39-2d7f6d1b0a11");

	static final UUID CITIZEN = UUID.fromString("0b5e4a32-2f6f-4d43-a1f1-1c7f1e2d3a01");

	final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

	@Test
	void aBatchOfAnswersIsReadBackAsWritten() throws Exception {
		SafetyReported event = new SafetyReported(CHECK_IN,
				List.of(new Answered(CITIZEN, SafetyAnswer.SAFE, AnswerChannel.SMS, Instant.parse("2026-12-02T14:02:00Z")),
						new Answered(UUID.randomUUID(), SafetyAnswer.NEED_HELP, AnswerChannel.SMS,
								Instant.parse("2026-12-02T14:02:00Z"))));

		String written = json.writeValueAsString(event);

		assertThat(written).contains("\"type\":\"SafetyReported\"").contains("\"schemaVersion\":2");
		assertThat(json.readValue(written, SafetyReported.class)).isEqualTo(event);
	}

	@Test
	void anAnswerTheOutboxKeptFromSchemaOneIsReadAsABatchOfOne() throws Exception {
		SafetyReported event = json.readValue("""
				{"checkInId":"%s","subscriberId":"%s","answer":"SAFE","channel":"EMAIL",
				 "answeredAt":"2026-12-02T14:02:00Z","type":"SafetyReported","schemaVersion":1}"""
			.formatted(CHECK_IN, CITIZEN), SafetyReported.class);

		assertThat(event.checkInId()).isEqualTo(CHECK_IN);
		assertThat(event.answers()).containsExactly(
				new Answered(CITIZEN, SafetyAnswer.SAFE, AnswerChannel.EMAIL, Instant.parse("2026-12-02T14:02:00Z")));
	}
}
