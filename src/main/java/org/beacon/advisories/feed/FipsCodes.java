package org.beacon.advisories.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The State Department tags advisories with FIPS 10-4 codes; Beacon speaks ISO 3166-1. The table covers every
 * country and territory that has an advisory.
 */
@Component
class FipsCodes {

	record Entry(String fips, String iso, String name) {
	}

	private final Map<String, Entry> byFips = new HashMap<>();

	FipsCodes() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				FipsCodes.class.getResourceAsStream("fips-10-4.tsv"), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
				String[] fields = line.split("\t");
				byFips.put(fields[0], new Entry(fields[0], fields[1], fields[2]));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Entry> lookup(String fips) {
		return fips == null ? Optional.empty()
				: Optional.ofNullable(byFips.get(fips.strip().toUpperCase(Locale.ROOT)));
	}

	int size() {
		return byFips.size();
	}

	/** Every country name in the table. */
	Collection<String> names() {
		return byFips.values().stream().map(Entry::name).toList();
	}
}
