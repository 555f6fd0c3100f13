package org.beacon.advisories.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.advisories.EmbassyPosture;
import org.beacon.advisories.RiskIndicator;
import org.beacon.advisories.store.AdvisoryContent;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Turns a feed item into an advisory, a global notice, or a reason to reject it. Names are split at " - Level N",
 * never at the first hyphen (Guinea-Bissau, Timor-Leste); the Country-Tag, not the name, identifies the country.
 */
@Component
public class FeedInterpretation {

	private static final Pattern TITLE = Pattern.compile("^(.+?)\\s+-\\s+Level\\s+([1-4])\\s*:\\s*(.+)$");

	private static final Pattern LEVEL = Pattern.compile("^Level\\s+([1-4])\\s*:\\s*(.+)$");

	/** The end of a sentence: a period before a capital or the end, not the periods of "U.S.". */
	private static final String SENTENCE_END = "(?:\\.\\s+(?=(?-i:[A-Z]))|\\.\\s*$|;)";

	private static final Pattern REASON = Pattern.compile("\\bdue to (.+?)" + SENTENCE_END, Pattern.CASE_INSENSITIVE);

	private static final Pattern DEPARTURE = Pattern.compile(
			"\\b(ordered|authorized) the (?:voluntary )?departure of (.+?)(?=\\s+(?:due to|from|because)\\b|"
					+ SENTENCE_END + ")",
			Pattern.CASE_INSENSITIVE);

	private static final DateTimeFormatter DAY_ONLY = DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy", Locale.ENGLISH);

	private final FipsCodes fips;

	FeedInterpretation(FipsCodes fips) {
		this.fips = fips;
	}

	sealed interface Reading permits CountryAdvisory, Notice, Rejected {
	}

	/** @param tableName the country's name in the FIPS table, to check the feed's name against */
	record CountryAdvisory(AdvisoryContent content, String tableName) implements Reading {
	}

	public record Notice(String key, String title, String summary, String link, Instant publishedAt, String hash)
			implements Reading {
	}

	record Rejected(String item, String reason) implements Reading {
	}

	Reading read(FeedItem item) {
		String title = item.title() == null ? "" : item.title().strip();
		if (title.isEmpty()) {
			return new Rejected(String.valueOf(item.link()), "the item has no title");
		}
		Matcher titled = TITLE.matcher(title);
		Matcher levelled = item.threatLevel() == null ? null : LEVEL.matcher(item.threatLevel().strip());
		String summary = text(item.html());
		if (item.tag() == null || item.tag().isBlank()) {
			if (titled.matches()) {
				return new Rejected(title, "the item has a level but no Country-Tag");
			}
			String key = item.identifier() != null ? item.identifier() : item.link() != null ? item.link() : title;
			return new Notice(key, title, summary, item.link(), date(item.published()),
					hash(title, summary, String.valueOf(item.link())));
		}
		FipsCodes.Entry country = fips.lookup(item.tag()).orElse(null);
		if (country == null) {
			return new Rejected(title, "unknown Country-Tag '" + item.tag() + "' (not a FIPS 10-4 code of the table)");
		}
		int level;
		String levelText;
		String name;
		if (titled.matches()) {
			name = titled.group(1).strip();
			level = Integer.parseInt(titled.group(2));
			levelText = titled.group(3).strip();
		}
		else if (levelled != null && levelled.matches()) {
			name = title.replaceFirst("(?i)\\s+travel advisory$", "").strip();
			level = Integer.parseInt(levelled.group(1));
			levelText = levelled.group(2).strip();
		}
		else {
			return new Rejected(title, "no level in the title or the Threat-Level category of " + item.tag());
		}
		Set<RiskIndicator> indicators = indicators(summary);
		Matcher departure = DEPARTURE.matcher(summary);
		EmbassyPosture posture = EmbassyPosture.NONE;
		String concerns = null;
		if (departure.find()) {
			posture = departure.group(1).equalsIgnoreCase("ordered") ? EmbassyPosture.ORDERED_DEPARTURE
					: EmbassyPosture.AUTHORIZED_DEPARTURE;
			concerns = departure.group(2).strip();
		}
		String hash = hash(String.valueOf(level), levelText, new TreeSet<>(indicators).toString(), posture.name(),
				String.valueOf(concerns), summary, String.valueOf(item.link()));
		return new CountryAdvisory(new AdvisoryContent(country.iso(), name, level, levelText, indicators, posture,
				concerns, summary, item.link(), date(item.published()), hash), country.name());
	}

	/** The text of the description, whether its HTML came in CDATA or entity-escaped (once or twice). */
	static String text(String html) {
		if (html == null) {
			return "";
		}
		String text = Jsoup.parse(html).text();
		if (text.contains("<") && text.contains(">")) {
			text = Jsoup.parse(text).text();
		}
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
	}

	private static Set<RiskIndicator> indicators(String summary) {
		Matcher reason = REASON.matcher(summary);
		return reason.find() ? RiskIndicator.named(reason.group(1)) : Set.of();
	}

	/** RFC 822 dates with or without a time (RSS), ISO 8601 with or without an offset (JSON); null if unreadable. */
	static Instant date(String published) {
		if (published == null || published.isBlank()) {
			return null;
		}
		String value = published.strip();
		List<Function<String, Instant>> forms = List.of(
				v -> ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
				v -> OffsetDateTime.parse(v).toInstant(),
				v -> LocalDateTime.parse(v).toInstant(ZoneOffset.UTC),
				v -> LocalDate.parse(v, DAY_ONLY).atStartOfDay(ZoneOffset.UTC).toInstant());
		for (Function<String, Instant> form : forms) {
			try {
				return form.apply(value);
			}
			catch (DateTimeParseException next) {
				// try the next form
			}
		}
		return null;
	}

	private static String hash(String... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
