package org.beacon.subscribers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.beacon.geography.Shape;

/**
 * Who an alert is for: places in an area on a day, reached on some channels.
 *
 * <p>A country listed without any of its regions is covered whole. A country some of whose regions are listed is
 * covered in those regions, and also for citizens who gave that country without a region: nobody whose region is
 * unknown misses a warning for part of their country.
 *
 * @param wholeCountries countries covered whole
 * @param regions ISO 3166-2 regions covered
 * @param partialCountries countries covered only in {@code regions}
 * <p>Shapes (circles, polygons) narrow the area further: a place with a point matches when the point lies in a
 * shape; a place without a point matches by the country and region rule above, for the same reason.
 *
 * @param on the day the alert is matched on: a citizen there that day is reached
 * @param until the last day a citizen arriving is reached ({@code on} or later): a place starting by then is reached
 */
public record AudienceCriteria(Set<String> wholeCountries, Set<String> regions, Set<String> partialCountries,
		List<Shape> shapes, Set<Channel> channels, LocalDate on, LocalDate until) {

	public AudienceCriteria {
		if (until.isBefore(on)) {
			throw new IllegalArgumentException("The last day of arrivals " + until + " is before " + on);
		}
	}

	/** Citizens there on the day, nobody arriving. */
	public static AudienceCriteria of(Collection<String> countries, Collection<String> regions,
			Collection<Channel> channels, LocalDate on) {
		return of(countries, regions, List.of(), channels, on, on);
	}

	/** Citizens there on the day, nobody arriving. */
	public static AudienceCriteria of(Collection<String> countries, Collection<String> regions,
			List<? extends Shape> shapes, Collection<Channel> channels, LocalDate on) {
		return of(countries, regions, shapes, channels, on, on);
	}

	/** Citizens there on {@code on}, and those arriving by {@code until} (not before {@code on}). */
	public static AudienceCriteria of(Collection<String> countries, Collection<String> regions,
			List<? extends Shape> shapes, Collection<Channel> channels, LocalDate on, LocalDate until) {
		Set<String> partial = new LinkedHashSet<>();
		regions.forEach(region -> partial.add(region.substring(0, 2)));
		Set<String> whole = new LinkedHashSet<>(countries);
		whole.removeAll(partial);
		return new AudienceCriteria(whole, Set.copyOf(regions), partial, List.copyOf(shapes), Set.copyOf(channels),
				on, until.isBefore(on) ? on : until);
	}

	/** Every country the area touches. */
	Set<String> countries() {
		Set<String> all = new LinkedHashSet<>(wholeCountries);
		all.addAll(partialCountries);
		return all;
	}

	/** Whether one place of a subscriber lies in the area. */
	boolean matches(String country, String region, Double lat, Double lon) {
		if (!shapes.isEmpty() && lat != null && lon != null) {
			return shapes.stream().anyMatch(shape -> shape.contains(lat, lon));
		}
		return wholeCountries.contains(country) || (region != null && regions.contains(region))
				|| (region == null && partialCountries.contains(country));
	}
}
