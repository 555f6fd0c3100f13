package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

class MaskedJsonLogsTests {

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void masksPhoneNumbersAndAddressesInEveryStringOfALogEvent() {
		JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
			members.add("message", event -> event.get("message"));
			members.add("error", event -> event.get("error"));
			new MaskedJsonLogs().customize((JsonWriter.Members) members);
		});

		String json = writer.writeToString(Map.of("message", "SMS to +22376123456 refused",
				"error", "550 5.1.1 <amadou.traore@example.org>: mailbox unavailable"));

		assertThat(json).doesNotContain("+22376123456", "amadou.traore@example.org")
			.contains("SMS to", "mailbox unavailable");
	}
}
