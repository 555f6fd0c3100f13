package org.beacon.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL as the embedded default starts it. */
class EmbeddedPostgresIntegrationTests extends BeaconIntegrationTest {

	@Test
	void cachesTheCitizensTablesOfAMillionInItsOwnBuffers() {
		assertThat(jdbc.queryForObject("SHOW shared_buffers", String.class)).isEqualTo("512MB");
	}
}
