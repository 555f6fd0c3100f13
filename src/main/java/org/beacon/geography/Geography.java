package org.beacon.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

/**
 * Countries (ISO 3166-1) and their subdivisions (ISO 3166-2), from the iso-codes data shipped in the jar, and the time
 * zone of each. Codes are matched case-insensitively and returned upper-case.
 */
@Service
public class Geography {

	private final Map<String, Country> countries;

	private final Map<String, Region> regions;

	private final TimeZones zones = new TimeZones();

	Geography() {
		this.countries = load("countries.tsv", f -> new Country(f[0], f[1], f[2]), Country::code);
		this.regions = load("regions.tsv", f -> new Region(f[0], f[0].substring(0, 2), f[1], f[3]), Region::code);
	}

	/**
	 * The local time zone of a place: its region's, where the country has several zones and the region is known, else
	 * the country's own (where most of its places are); empty for a country without a time zone of its own (Bouvet
	 * Island, Heard Island) or an unknown code.
	 *
	 * @param region an ISO 3166-2 code of the country, or null
	 */
	public Optional<ZoneId> zoneOf(String country, String region) {
		if (country == null) {
			return Optional.empty();
		}
		return zones.of(country.toUpperCase(Locale.ROOT), region == null ? null : region.toUpperCase(Locale.ROOT));
	}

	public Optional<Country> country(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
	}

	public Optional<Region> region(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(regions.get(code.toUpperCase(Locale.ROOT)));
	}

	public List<Region> regionsOf(String country) {
		String prefix = country.toUpperCase(Locale.ROOT) + "-";
		return regions.values().stream().filter(region -> region.code().startsWith(prefix)).toList();
	}

	public List<Country> countries() {
		return List.copyOf(countries.values());
	}

	private static <T> Map<String, T> load(String resource, Function<String[], T> row, Function<T, String> key) {
		Map<String, T> entries = new LinkedHashMap<>();
		try (InputStream in = Geography.class.getResourceAsStream(resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String> lines = new ArrayList<>(reader.lines().filter(line -> !line.startsWith("#")).toList());
			for (String line : lines) {
				T entry = row.apply(line.split("\t", -1));
				entries.put(key.apply(entry), entry);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(entries);
	}
}
