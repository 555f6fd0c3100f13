package org.beacon.delivery.relay;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.beacon.geography.Geography;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The SMS an emergency contact is sent, in the citizen's language: that a U.S. citizen who named them marked
 * themselves safe, when (UTC) and in the check-in for which countries. It does not name the citizen: the contact's
 * number may have changed hands since the citizen gave it.
 */
@Component
class SafeTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	private final Geography geography;

	SafeTexts(MessageSource messages, Geography geography) {
		this.messages = messages;
		this.geography = geography;
	}

	/**
	 * @param countries the check-in's ISO 3166-1 alpha-2 codes, named in {@code locale} ("Malí" in Spanish)
	 */
	String safe(Instant answeredAt, List<String> countries, Locale locale) {
		String places = countries.stream()
			.map(code -> geography.country(code).map(country -> country.name(locale)).orElse(code))
			.collect(Collectors.joining(", "));
		return messages.getMessage("checkin.relay.safe", new Object[] { TIME.format(answeredAt), places }, locale);
	}
}
