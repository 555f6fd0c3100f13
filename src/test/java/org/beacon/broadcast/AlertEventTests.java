package org.beacon.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Events about an alert share their routing and their record's envelope. */
class AlertEventTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

	@Test
	void anUrgentAlertsCancellationTakesThePriorityLaneKeyedByTheAlert() {
		UUID id = UUID.randomUUID();
		AlertCancelled cancelled = new AlertCancelled(id, Severity.EXTREME, Instant.parse("2026-12-01T10:00:00Z"));

		assertThat(cancelled.topic()).isEqualTo(Severity.EXTREME.alertsTopic())
			.isNotEqualTo(Severity.MODERATE.alertsTopic());
		assertThat(cancelled.key()).isEqualTo(id.toString());
	}

	@Test
	void theRecordNamesItsTypeSchemaVersionAndLane() {
		JsonNode record = json.valueToTree(new AlertCancelled(UUID.randomUUID(), Severity.MODERATE,
				Instant.parse("2026-12-01T10:00:00Z")));

		assertThat(record.get("type").asText()).isEqualTo("AlertCancelled");
		assertThat(record.get("schemaVersion").asInt()).isEqualTo(AlertCancelled.SCHEMA_VERSION);
		assertThat(record.get("urgent").asBoolean()).isFalse();
		assertThat(record.has("topic")).as("routing is not part of the record").isFalse();
	}
}
