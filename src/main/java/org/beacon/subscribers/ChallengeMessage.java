package org.beacon.subscribers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What to send for one challenge.
 *
 * @param destination the email address or E.164 number
 * @param secret the SMS code, or the token of a link
 * @param path for links, the path and query on Beacon's public URL that the citizen opens; null for SMS codes
 * @param expiresAt when the code or link stops working
 */
public record ChallengeMessage(ChallengePurpose purpose, String destination, Locale locale, String secret,
		String path, Instant expiresAt) {

	/**
	 * The date it stops working (UTC), written out in the citizen's language: a keep link's notice names the day the
	 * enrollment is deleted.
	 */
	public String expiryDate() {
		return LocalDate.ofInstant(expiresAt, ZoneOffset.UTC)
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}
}
