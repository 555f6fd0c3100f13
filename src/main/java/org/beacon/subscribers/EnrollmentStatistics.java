package org.beacon.subscribers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many citizens are enrolled where: counts only, for staff, who never see who they are. A citizen counts in a
 * country (and a region) while a place of theirs there has not ended: residents, travellers there now and those
 * whose trip is ahead.
 */
@Service
public class EnrollmentStatistics {

	private final JdbcClient jdbc;

	private final Clock clock;

	EnrollmentStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Citizens per country and region of the given countries, largest first; {@code region} is null for the citizens
	 * of a country who gave no region, and for the country's total (where {@code total} is true).
	 */
	@Transactional(readOnly = true)
	public List<PlaceCount> byPlace(Collection<String> countries) {
		if (countries.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("""
				SELECT country, region, GROUPING(region) = 1 AS total, count(DISTINCT subscriber_id) AS citizens
				FROM subscriber_location
				WHERE country = ANY(?) AND (ends_on IS NULL OR ends_on >= ?)
				GROUP BY GROUPING SETS ((country), (country, region))
				ORDER BY country, total DESC, citizens DESC, region NULLS LAST""")
			.params(countries.toArray(String[]::new), today)
			.query((row, number) -> new PlaceCount(row.getString("country"), row.getString("region"),
					row.getBoolean("total"), row.getLong("citizens")))
			.list();
	}

	/** The countries with the most citizens enrolled, for staff who cover every country. */
	@Transactional(readOnly = true)
	public List<String> busiestCountries(int limit) {
		return jdbc.sql("""
				SELECT country FROM subscriber_location WHERE ends_on IS NULL OR ends_on >= ?
				GROUP BY country ORDER BY count(DISTINCT subscriber_id) DESC, country LIMIT ?""")
			.params(LocalDate.now(clock), limit)
			.query(String.class)
			.list();
	}

	/**
	 * @param total whether this is the whole country (all its regions and none)
	 * @param region an ISO 3166-2 code, or null for the country's total or for citizens who gave no region
	 */
	public record PlaceCount(String country, String region, boolean total, long citizens) {
	}
}
