package org.beacon.subscribers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

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
 * @param on the day the citizen's place must cover
 */
public record AudienceCriteria(Set<String> wholeCountries, Set<String> regions, Set<String> partialCountries,
		Set<Channel> channels, LocalDate on) {

	public static AudienceCriteria of(Collection<String> countries, Collection<String> regions,
			Collection<Channel> channels, LocalDate on) {
		Set<String> partial = new LinkedHashSet<>();
		regions.forEach(region -> partial.add(region.substring(0, 2)));
		Set<String> whole = new LinkedHashSet<>(countries);
		whole.removeAll(partial);
		return new AudienceCriteria(whole, Set.copyOf(regions), partial, Set.copyOf(channels), on);
	}
}
