package org.beacon.checkins.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A check-in as this feature keeps it.
 *
 * @param id the id of the alert that asked
 * @param postId the post that asked, whose emergency number late answers are given
 * @param deadline until when answers are taken
 * @param closedAt when staff closed it before its deadline; null while they have not
 * @param wavesSent how many times its silent recipients have been asked (the first sending counts as one)
 */
public record CheckIn(UUID id, String postId, String title, List<String> countries, List<String> regions,
		List<String> channels, Instant openedAt, Instant deadline, Instant closedAt, String closedBy, int wavesSent,
		Instant nextWaveAt) {

	/** Whether answers are taken at {@code now}: before the deadline and not closed. */
	public boolean open(Instant now) {
		return closedAt == null && now.isBefore(deadline);
	}

	/**
	 * The ids under which its waves were recorded in the delivery ledger: the check-in's own for the first sending,
	 * then one derived per later wave, so that asking a citizen again on a channel they were asked on is a new
	 * delivery.
	 */
	public List<UUID> waveIds() {
		List<UUID> ids = new ArrayList<>();
		for (int wave = 1; wave <= wavesSent; wave++) {
			ids.add(waveId(id, wave));
		}
		return ids;
	}

	/** The ledger's id of a wave of a check-in (1: the check-in itself). */
	public static UUID waveId(UUID checkIn, int wave) {
		return wave == 1 ? checkIn
				: UUID.nameUUIDFromBytes(("beacon-checkin-wave:" + checkIn + ":" + wave).getBytes(StandardCharsets.UTF_8));
	}

	/** When it stopped taking answers: when staff closed it, or its deadline. */
	public Instant ended() {
		return closedAt != null && closedAt.isBefore(deadline) ? closedAt : deadline;
	}
}
