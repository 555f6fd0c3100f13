package org.beacon.support.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a request may have stored: a digest of every row of the tables that requests write as they are answered
 * (enrollments and their places, alerts, posts, staff, advisories). Bookkeeping that a refusal itself writes, such
 * as a wrong verification code counted or a throttle's bucket, is left out, and so is the asynchronous pipeline's
 * work (deliveries, fan-out runs, events).
 */
public final class Storage {

	static final List<String> TABLES = List.of("subscriber", "subscriber_location", "alert", "post", "post_country",
			"staff_member", "advisory", "advisory_version", "global_notice", "advisory_ingest");

	private static final String DIGESTS = TABLES.stream()
		.map(table -> "(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM " + table
				+ " t) AS " + table)
		.collect(Collectors.joining(", ", "SELECT ", ""));

	private final JdbcTemplate jdbc;

	public Storage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The digest of each table, by name. */
	public Map<String, Object> snapshot() {
		return jdbc.queryForMap(DIGESTS);
	}

	/** The tables whose rows differ between two snapshots. */
	public static Set<String> changed(Map<String, Object> before, Map<String, Object> after) {
		Set<String> changed = new TreeSet<>();
		for (String table : TABLES) {
			if (!before.get(table).equals(after.get(table))) {
				changed.add(table);
			}
		}
		return changed;
	}

	/** Whether any row of these tables holds the text (a secret that must never have been read into Beacon). */
	public boolean anyRowHolds(String text) {
		return TABLES.stream().anyMatch(table -> jdbc.queryForObject(
				"SELECT count(*) FROM " + table + " t WHERE strpos(t::text, ?) > 0", Long.class, text) > 0);
	}
}
