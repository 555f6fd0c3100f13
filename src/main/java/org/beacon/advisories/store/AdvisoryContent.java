package org.beacon.advisories.store;

import java.time.Instant;
import java.util.Set;

import org.beacon.advisories.EmbassyPosture;
import org.beacon.advisories.RiskIndicator;

/**
 * What one feed item says about one country, interpreted.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param name the country's name as the feed writes it
 * @param levelText the official wording, such as "Do Not Travel"
 * @param postureConcerns whom a departure concerns, as the text says ("non-emergency U.S. government employees")
 * @param summary the advisory's text, without markup
 * @param publishedAt the item's date, when it could be read
 * @param hash SHA-256 of everything above except the date, which changes without the content and back
 */
public record AdvisoryContent(String country, String name, int level, String levelText, Set<RiskIndicator> indicators,
		EmbassyPosture posture, String postureConcerns, String summary, String link, Instant publishedAt,
		String hash) {
}
