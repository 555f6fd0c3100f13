package org.beacon.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The IANA time zone of each country, and of each region of a country that has several, from {@code zones.tsv}
 * (generated from the IANA tz database's {@code zone.tab}; see {@code src/build/zones/generate.js}). The zones themselves
 * are the JDK's ({@link ZoneId}), so their rules follow the JDK's tz data; a zone newer than that data (a region that
 * got a zone of its own since) is left out, and its region keeps its country's zone until the JDK is updated.
 */
final class TimeZones {

	private final Map<String, ZoneId> countries = new HashMap<>();

	private final Map<String, ZoneId> regions = new HashMap<>();

	TimeZones() {
		try (InputStream in = TimeZones.class.getResourceAsStream("zones.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			Set<String> known = ZoneId.getAvailableZoneIds();
			reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
				String[] f = line.split("\t", -1);
				if (!known.contains(f[2])) {
					return;
				}
				ZoneId zone = ZoneId.of(f[2]);
				if (f[1].isEmpty()) {
					countries.put(f[0], zone);
				}
				else {
					regions.put(f[1], zone);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The region's zone when the table has one, else the country's; empty for a country without a zone. */
	Optional<ZoneId> of(String country, String region) {
		ZoneId zone = region == null ? null : regions.get(region);
		return Optional.ofNullable(zone != null ? zone : countries.get(country));
	}
}
