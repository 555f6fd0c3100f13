package org.beacon.advisories;

import java.time.Instant;
import java.util.List;

/**
 * What one ingest of the feed found and did.
 *
 * @param countriesNew countries seen for the first time: their advisory becomes the baseline, without an event
 * @param countriesChanged countries whose advisory changed
 * @param eventsEmitted AdvisoryChanged events published
 * @param notices items kept as global notices (no country or level, such as the Worldwide Caution)
 * @param rejected items skipped, each with the reason
 */
public record IngestReport(long id, String source, Instant receivedAt, int itemsRead, int countriesNew,
		int countriesChanged, int eventsEmitted, int notices, List<Rejection> rejected) {

	public record Rejection(String item, String reason) {
	}
}
