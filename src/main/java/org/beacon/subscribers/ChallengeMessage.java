package org.beacon.subscribers;

import java.util.Locale;

/**
 * What to send for one challenge.
 *
 * @param destination the email address or E.164 number
 * @param secret the SMS code, or the token of a link
 * @param path for links, the path and query on Beacon's public URL that the citizen opens; null for SMS codes
 */
public record ChallengeMessage(ChallengePurpose purpose, String destination, Locale locale, String secret,
		String path) {
}
