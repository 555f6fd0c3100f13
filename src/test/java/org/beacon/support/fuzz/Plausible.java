package org.beacon.support.fuzz;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Values a field of a given name takes when a client means well, so that some fuzzed requests get past validation
 * and store something. Known ids and secrets (the citizen's token, an alert's id) come from the data the test made.
 * Any field also gets garbage now and then: a name it does not know only gets garbage and plain words.
 */
public final class Plausible {

	/** Text a person may well write, that must be kept and published as it is: scripts, symbols, markup. */
	private static final List<String> UNUSUAL = List.of("Couvre-feu à Mopti — 20 h",
			"حظر التجول في باماكو", "巴马科宵禁", "Alert 🚨 now", "Ampersand & <angle> \"quotes\" 'apostrophe'", "]]> ends CDATA",
			"&amp; &lt; &#0; as text", "Line\nbreak\tand tab", "Ω≈ç√∫", "١٢٣ ٤٥٦");

	private static final Map<String, List<String>> WORDS = Map.ofEntries(
			Map.entry("locale", List.of("en", "es")), Map.entry("country", List.of("ML", "FR", "US")),
			Map.entry("countries", List.of("ML")), Map.entry("region", List.of("ML-5", "ML-BKO")),
			Map.entry("regions", List.of("ML-5")), Map.entry("lat", List.of("12.6", "-90", "90")),
			Map.entry("lon", List.of("-8.0", "180", "-180")), Map.entry("radiuskm", List.of("5", "0.1", "2000")),
			Map.entry("from", List.of("2026-12-01", "2020-01-01")), Map.entry("to", List.of("2027-01-31")),
			Map.entry("title", words("Curfew in Bamako", "Flood warning")),
			Map.entry("body", words("Stay indoors after 8 p.m.\n\nMonitor local media.")),
			Map.entry("smstext", words("Curfew tonight.")), Map.entry("titlees", words("Toque de queda")),
			Map.entry("bodyes", words("Quédese en casa.")), Map.entry("name", words("Ana López (sister)")),
			Map.entry("displayname", List.of("Fuzz Officer")), Map.entry("password", List.of("correct horse staple")),
			Map.entry("code", List.of("123456", "000000")), Map.entry("reason", List.of("Wrong country")),
			Map.entry("complete", List.of("true", "false")), Map.entry("paused", List.of("true", "false")),
			Map.entry("limit", List.of("1", "20", "200")), Map.entry("page", List.of("0", "1", "2")),
			Map.entry("removeplace", List.of("0", "1")), Map.entry("q", List.of("mali", "ml")),
			Map.entry("messagestatus", List.of("delivered", "failed", "undelivered", "queued")),
			Map.entry("errorcode", List.of("30003", "")));

	private final Map<String, List<String>> known = new HashMap<>();

	private static List<String> words(String... meant) {
		return java.util.stream.Stream.concat(Arrays.stream(meant), UNUSUAL.stream()).toList();
	}

	/** @param known values the test holds for a field name: ids, tokens, the post and accounts it made */
	public Plausible(Map<String, List<String>> known) {
		WORDS.forEach((name, values) -> this.known.put(name, values));
		known.forEach((name, values) -> this.known.merge(name.toLowerCase(Locale.ROOT), values,
				(words, more) -> java.util.stream.Stream.concat(words.stream(), more.stream()).toList()));
	}

	/** Text for a field (a form field, a JSON string, a query parameter, a path variable) of this name. */
	public Arbitrary<String> text(String name) {
		Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
		Arbitrary<String> meant = meant(name);
		return meant == null ? Arbitraries.frequencyOf(Tuple.of(1, words), Tuple.of(2, Garbage.strings()))
				: Arbitraries.frequencyOf(Tuple.of(7, meant), Tuple.of(2, Garbage.strings()));
	}

	/**
	 * What a well-meaning client sends: mostly the first known value (so that the fields of one request agree, such
	 * as a country and its region), else any known one; a plain word for a field of a name not known.
	 */
	public Arbitrary<String> wellMeant(String name) {
		Arbitrary<String> meant = meant(name);
		List<String> values = known.get(key(name));
		if (meant == null) {
			return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
		}
		return values == null ? meant
				: Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(values.get(0))), Tuple.of(1, meant));
	}

	private static String key(String name) {
		String key = name.toLowerCase(Locale.ROOT).replaceAll("\\[\\d+]", "");
		return key.substring(key.lastIndexOf('.') + 1);
	}

	/** Only what a well-meaning client sends for this field, or null when the name is not known. */
	public Arbitrary<String> meant(String name) {
		String key = key(name);
		Arbitrary<Integer> n = Arbitraries.integers().between(0, 99_999);
		return switch (key) {
			case "email" -> n.map(i -> "fuzz" + i + "@example.org");
			case "phone", "emergencyphone", "afterhoursphone", "from_sms" -> n.map(i -> "+22376%06d".formatted(i));
			case "username" -> n.map(i -> "fuzz-new-" + i);
			case "id" -> n.map(i -> "fuzz-post-new-" + i);
			default -> known.containsKey(key) ? Arbitraries.of(known.get(key)) : null;
		};
	}
}
