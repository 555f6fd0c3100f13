package org.beacon.advisories;

import java.time.Instant;
import java.util.List;

/**
 * What one ingest of the feed found and did. The alert counters are filled in as the alerts feature judges the
 * changes, moments after the ingest: the answer to a POST may still show them at zero, the stored report does not.
 *
 * @param countriesNew countries seen for the first time: their advisory becomes the baseline, without an event
 * @param countriesChanged countries whose advisory changed
 * @param eventsEmitted AdvisoryChanged events published
 * @param staleCopies items that repeated a version older than the current one (a CDN serving an old copy): ignored
 * @param countriesWithdrawn advisories missing from the feed for longer than the allowed absence, now withdrawn
 * @param notices items kept as global notices (no country or level, such as the Worldwide Caution)
 * @param linksDropped items whose link was dropped, because it was not an absolute https address (the item itself
 * was kept, without its link)
 * @param alertsIssued alerts issued at once for this ingest's changes
 * @param alertsHeld alerts held for review
 * @param heldAlertsWithdrawn held alerts withdrawn because this ingest changed their advisory again
 * @param rejected items skipped, each with the reason
 * @param nameMismatches items taken by their Country-Tag whose name disagrees with the FIPS table's
 */
public record IngestReport(long id, String source, Instant receivedAt, int itemsRead, int countriesNew,
		int countriesChanged, int eventsEmitted, int staleCopies, int countriesWithdrawn, int notices,
		int linksDropped, int alertsIssued, int alertsHeld, int heldAlertsWithdrawn, List<Rejection> rejected,
		List<Rejection> nameMismatches) {

	public record Rejection(String item, String reason) {
	}
}
