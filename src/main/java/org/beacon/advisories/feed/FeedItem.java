package org.beacon.advisories.feed;

import java.util.List;

/**
 * One item of the advisory feed as published, before interpretation.
 *
 * @param tag the Country-Tag (a FIPS 10-4 code), or null
 * @param threatLevel the Threat-Level category, such as "Level 4: Do Not Travel", or null
 * @param published the publication date as written
 * @param html the description, HTML
 * @param categories every other category, as written
 */
record FeedItem(String tag, String title, String link, String published, String html, String threatLevel,
		String identifier, List<String> categories) {

	FeedItem withoutLink() {
		return new FeedItem(tag, title, null, published, html, threatLevel, identifier, categories);
	}
}
