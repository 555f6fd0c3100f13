package org.beacon.advisories;

import java.time.Instant;
import java.util.Set;

/**
 * A country's advisory as Beacon holds it: the current one, or a version in its history.
 *
 * @param changedAt when Beacon saw this version first
 * @param withdrawnAt when the advisory was marked withdrawn after missing from the feed for too long; null while it
 * is published
 */
public record AdvisoryView(String country, String name, int level, String levelText, Set<RiskIndicator> indicators,
		EmbassyPosture posture, String postureConcerns, String summary, String link, Instant publishedAt,
		Instant changedAt, Instant withdrawnAt) {
}
