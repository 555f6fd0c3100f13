package org.beacon.advisories.feed;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Compares the name a feed item gives with the name of its Country-Tag in the FIPS table. Case, accents,
 * punctuation, "The", "and" and "Saint"/"St." do not count, and one name may hold more words than the other
 * ("Burma" and "Burma (Myanmar)"), but a name that is another country's ("Nigeria" under Niger's tag NG, "Guinea-Bissau"
 * under Guinea's GV) disagrees.
 */
@Component
class CountryNames {

	private final FipsCodes fips;

	CountryNames(FipsCodes fips) {
		this.fips = fips;
	}

	boolean agree(String feedName, String tableName) {
		Set<String> feed = words(feedName);
		Set<String> table = words(tableName);
		if (feed.isEmpty()) {
			return false;
		}
		if (feed.equals(table)) {
			return true;
		}
		boolean overlap = feed.containsAll(table) || table.containsAll(feed);
		return overlap && fips.names().stream().noneMatch(other -> !words(other).equals(table) && words(other).equals(feed));
	}

	static Set<String> words(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return Arrays.stream(ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
			.map(word -> word.equals("saint") ? "st" : word)
			.filter(word -> !word.isBlank() && !word.equals("the") && !word.equals("and"))
			.collect(Collectors.toSet());
	}
}
