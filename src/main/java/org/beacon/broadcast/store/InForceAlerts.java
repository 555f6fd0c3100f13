package org.beacon.broadcast.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts in force in a country: issued, effective and not yet expired (CAP {@code effective}, {@code expires}). */
@Repository
public class InForceAlerts {

	private final JdbcClient jdbc;

	InForceAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Alerts in force at {@code at} whose area names the country, oldest first; check-ins are not among them. */
	public List<Alert> in(String country, Instant at) {
		return jdbc.sql("""
				SELECT * FROM alert
				WHERE status = 'ISSUED' AND answer_by IS NULL AND effective <= :at AND (expires IS NULL OR expires > :at)
				  AND countries @> ARRAY[CAST(:country AS text)]
				ORDER BY effective, id""")
			.param("at", Timestamp.from(at))
			.param("country", country)
			.query(Alerts.ROW)
			.list();
	}
}
