package org.beacon.staff.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only audit table. */
@Repository
class AuditLog {

	private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("id"),
			rs.getTimestamp("at").toInstant(), rs.getString("username"), StaffAction.valueOf(rs.getString("action")),
			rs.getObject("alert_id", UUID.class), rs.getString("detail"));

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(StaffActed acted) {
		jdbc.sql("INSERT INTO staff_audit (at, username, action, alert_id, detail) VALUES (?, ?, ?, ?, ?)")
			.params(Timestamp.from(acted.at()), acted.username(), acted.action().name(), acted.alertId(),
					acted.detail())
			.update();
	}

	/** One page of the entries the query selects, newest first. */
	List<AuditEntry> page(AuditQuery query, int offset, int limit) {
		Where where = where(query);
		List<Object> params = new ArrayList<>(where.params());
		params.add(limit);
		params.add(offset);
		return jdbc.sql("SELECT * FROM staff_audit" + where.sql() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
			.params(params)
			.query(ROW)
			.list();
	}

	long count(AuditQuery query) {
		Where where = where(query);
		return jdbc.sql("SELECT count(*) FROM staff_audit" + where.sql()).params(where.params())
			.query(Long.class)
			.single();
	}

	private static Where where(AuditQuery query) {
		List<String> terms = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (query.alertId() != null) {
			terms.add("alert_id = ?");
			params.add(query.alertId());
		}
		if (query.username() != null) {
			terms.add("username = ?");
			params.add(query.username());
		}
		return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
	}

	private record Where(String sql, List<Object> params) {
	}
}
