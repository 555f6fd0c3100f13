package org.beacon.broadcast;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.beacon.subscribers.Channel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Alerts {

	private static final RowMapper<Alert> ROW = (rs, n) -> new Alert(rs.getObject("id", UUID.class),
			AlertType.valueOf(rs.getString("type")), Severity.valueOf(rs.getString("severity")), rs.getString("title"),
			rs.getString("body"), rs.getString("sms_text"), strings(rs.getArray("countries")),
			strings(rs.getArray("regions")), channels(rs.getArray("channels")), rs.getString("post_id"),
			rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant());

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Alert alert) {
		jdbc.sql("""
				INSERT INTO alert (id, type, severity, title, body, sms_text, countries, regions, channels, post_id,
				                   issued_by, issued_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(alert.id(), alert.type().name(), alert.severity().name(), alert.title(), alert.body(),
					alert.smsText(), alert.countries().toArray(String[]::new), alert.regions().toArray(String[]::new),
					alert.channels().stream().map(Enum::name).toArray(String[]::new), alert.postId(),
					alert.issuedBy(), Timestamp.from(alert.issuedAt()))
			.update();
	}

	Optional<Alert> find(UUID id) {
		return jdbc.sql("SELECT * FROM alert WHERE id = ?").param(id).query(ROW).optional();
	}

	/** The most recent alerts touching any of the countries, newest first. */
	List<Alert> recent(Set<String> countries, int limit) {
		return jdbc.sql("SELECT * FROM alert WHERE countries && CAST(? AS text[]) ORDER BY issued_at DESC LIMIT ?")
			.params(countries.toArray(String[]::new), limit)
			.query(ROW)
			.list();
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
	}

	private static Set<Channel> channels(Array array) throws SQLException {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		strings(array).forEach(channel -> channels.add(Channel.valueOf(channel)));
		return channels;
	}
}
