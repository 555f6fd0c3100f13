package org.beacon.advisories.feed;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Which links of the feed Beacon keeps and shows: absolute {@code https:} addresses with a host, nothing else. A
 * feed is outside input, and its link becomes the {@code href} of the advisories page: a {@code javascript:} or
 * {@code data:} link would run in a visitor's browser, a plain {@code http:} one could be rewritten on the way.
 */
public final class AdvisoryLinks {

	private AdvisoryLinks() {
	}

	/** @return whether the link may be stored and shown; false for null */
	public static boolean https(String link) {
		if (link == null) {
			return false;
		}
		try {
			URI uri = new URI(link);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			// Not a URI at all (spaces, quotes, control characters): nothing a browser should be sent to.
			return false;
		}
	}
}
