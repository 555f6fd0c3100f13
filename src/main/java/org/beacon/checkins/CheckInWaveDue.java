package org.beacon.checkins;

import java.util.UUID;

import org.beacon.platform.Routed;
import org.beacon.platform.Topics;
import org.springframework.modulith.events.Externalized;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A check-in's next wave is due: those of its recipients who have not answered are to be asked again. Published in
 * the transaction that counts the wave as sent and externalized to Kafka topic {@code beacon.checkin.waves}, keyed by
 * check-in id, once it commits: whichever process consumes it asks them, and a restart loses no wave.
 *
 * @param wave which wave: 2, 3...
 * @param waveId the ledger's id of the wave's deliveries
 */
@Externalized
public record CheckInWaveDue(UUID checkInId, int wave, UUID waveId) implements Routed {

	public static final int SCHEMA_VERSION = 1;

	@JsonProperty("type")
	public String type() {
		return "CheckInWaveDue";
	}

	@JsonProperty("schemaVersion")
	public int schemaVersion() {
		return SCHEMA_VERSION;
	}

	@Override
	public String topic() {
		return Topics.CHECKIN_WAVES;
	}

	@Override
	public String key() {
		return checkInId.toString();
	}
}
