package org.beacon.checkins;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A check-in as staff follow it.
 *
 * @param id the id of the alert that asked
 * @param open whether answers are still taken: before the deadline and not closed
 * @param closedAt when staff closed it before its deadline; null otherwise
 * @param waves how many times its silent recipients have been asked, the first sending included
 * @param counts every recipient, counted once
 * @param places the recipients per country and region of their places within the check-in's area (a citizen with
 * two such places counts in both)
 */
public record CheckInView(UUID id, String title, String postId, List<String> countries, List<String> regions,
		Instant openedAt, Instant deadline, Instant closedAt, boolean open, int waves, Counts counts,
		List<PlaceCounts> places) {

	/** The recipients of one country, or one region of it (null: enrolled in the country without a region). */
	public record PlaceCounts(String country, String region, Counts counts) {
	}
}
