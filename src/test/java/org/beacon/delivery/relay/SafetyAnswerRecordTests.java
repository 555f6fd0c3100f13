package org.beacon.delivery.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class SafetyAnswerRecordTests {

	static final UUID CHECK_IN = UUID.fromString("6f1c2a52-36c5-4e0e-9c39-2d7f6d1b0a11");

	static final UUID SAFE = UUID.fromString("0b5e4a32-2f6f-4d43-a1f1-1c7f1e2d3a01");

	static final UUID HELP = UUID.fromString("0b5e4a32-2f6f-4d43-a1f1-1c7f1e2d3a02");

	final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	@Test
	void aBatchOfAnswersRelaysOnlyItsSafeOnes() throws Exception {
		SafetyAnswerRecord record = json.readValue("""
				{"type":"SafetyReported","schemaVersion":2,"checkInId":"%s","answers":[
				  {"subscriberId":"%s","answer":"SAFE","channel":"SMS","answeredAt":"2026-12-02T14:02:00Z"},
				  {"subscriberId":"%s","answer":"NEED_HELP","channel":"SMS","answeredAt":"2026-12-02T14:02:00Z"},
				  {"subscriberId":"%s","answer":"MAYBE","channel":"SMS","answeredAt":"2026-12-02T14:02:00Z"}]}"""
			.formatted(CHECK_IN, SAFE, HELP, HELP), SafetyAnswerRecord.class);

		assertThat(record.safe()).singleElement().satisfies(answer -> {
			assertThat(answer.subscriberId()).isEqualTo(SAFE);
			assertThat(answer.answeredAt()).hasToString("2026-12-02T14:02:00Z");
		});
	}

	@Test
	void aRecordWrittenBeforeAnswersCameInBatchesIsStillRelayed() throws Exception {
		SafetyAnswerRecord record = json.readValue("""
				{"type":"SafetyReported","schemaVersion":1,"checkInId":"%s","subscriberId":"%s","answer":"SAFE",
				 "channel":"EMAIL","answeredAt":"2026-12-02T14:02:00Z"}""".formatted(CHECK_IN, SAFE),
				SafetyAnswerRecord.class);

		assertThat(record.safe()).singleElement().satisfies(answer -> assertThat(answer.subscriberId()).isEqualTo(SAFE));
	}

	@Test
	void aRecordOfAnotherTypeIsNeverRelayed() throws Exception {
		SafetyAnswerRecord record = json.readValue("""
				{"type":"SomethingElse","schemaVersion":1,"checkInId":"%s","subscriberId":"%s","answer":"SAFE",
				 "answeredAt":"2026-12-02T14:02:00Z"}""".formatted(CHECK_IN, SAFE), SafetyAnswerRecord.class);

		assertThat(record.safe()).isEmpty();
	}
}
