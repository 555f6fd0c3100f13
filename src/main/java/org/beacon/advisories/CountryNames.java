package org.beacon.advisories;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares the name a feed item gives with the name of its Country-Tag in the FIPS table, loosely: case, accents,
 * punctuation, "The" and "Saint"/"St." do not count, and either name may contain the other ("Burma" and
 * "Burma (Myanmar)", "China" and "Mainland China, Hong Kong & Macau").
 */
final class CountryNames {

	private CountryNames() {
	}

	static boolean agree(String feedName, String tableName) {
		String feed = normal(feedName);
		String table = normal(tableName);
		return !feed.isEmpty() && (feed.contains(table) || table.contains(feed));
	}

	static String normal(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return (" " + ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ")
			.replace(" the ", " ")
			.replace(" saint ", " st ")
			.replace(" and ", " ")
			.replaceAll("\\s+", " ")
			.strip();
	}
}
