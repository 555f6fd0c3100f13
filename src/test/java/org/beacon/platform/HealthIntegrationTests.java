package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** What orchestrators probe: liveness says the process works, readiness that it reaches its database and Kafka. */
class HealthIntegrationTests extends BeaconIntegrationTest {

	@Test
	void readinessCoversTheDatabaseAndKafka() {
		ResponseEntity<JsonNode> ready = http.getForEntity("/actuator/health/readiness", JsonNode.class);

		assertThat(ready.getStatusCode().value()).isEqualTo(200);
		assertThat(ready.getBody().get("status").asText()).isEqualTo("UP");
		assertThat(ready.getBody().at("/components/db/status").asText()).isEqualTo("UP");
		assertThat(ready.getBody().at("/components/kafka/status").asText()).isEqualTo("UP");
	}

	@Test
	void livenessDependsOnNothingOutside() {
		ResponseEntity<JsonNode> alive = http.getForEntity("/actuator/health/liveness", JsonNode.class);

		assertThat(alive.getStatusCode().value()).isEqualTo(200);
		assertThat(alive.getBody().get("components").fieldNames()).toIterable().containsExactly("livenessState");
	}
}
