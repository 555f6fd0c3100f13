package org.beacon.advisories;

import java.time.Instant;

/** A feed item for no single country, such as the Worldwide Caution. */
public record GlobalNotice(String title, String summary, String link, Instant publishedAt) {
}
