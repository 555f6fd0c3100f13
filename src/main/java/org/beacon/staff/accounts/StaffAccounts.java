package org.beacon.staff.accounts;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.beacon.staff.Post;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class StaffAccounts {

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StaffMember> findMember(String username) {
		return jdbc.sql("""
				SELECT m.username, m.display_name, m.post_id, p.name AS post_name, m.roles,
				       ARRAY(SELECT country FROM post_country c WHERE c.post_id = m.post_id ORDER BY country) AS countries
				FROM staff_member m JOIN post p ON p.id = m.post_id
				WHERE m.username = ? AND m.enabled""")
			.param(username)
			.query((rs, n) -> new StaffMember(rs.getString("username"), rs.getString("display_name"),
					rs.getString("post_id"), rs.getString("post_name"), trimmed(rs.getArray("countries")),
					roles(rs.getArray("roles"))))
			.optional();
	}

	public Optional<Credentials> findCredentials(String username) {
		return jdbc.sql("SELECT username, password_hash, roles, enabled FROM staff_member WHERE username = ?")
			.param(username)
			.query((rs, n) -> new Credentials(rs.getString("username"), rs.getString("password_hash"),
					roles(rs.getArray("roles")), rs.getBoolean("enabled")))
			.optional();
	}

	public Optional<Post> post(String id) {
		return jdbc.sql("SELECT id, name, emergency_phone, after_hours_phone FROM post WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Post(rs.getString("id"), rs.getString("name"), rs.getString("emergency_phone"),
					rs.getString("after_hours_phone")))
			.optional();
	}

	public Optional<Post> postCovering(String country) {
		return jdbc.sql("""
				SELECT p.id, p.name, p.emergency_phone, p.after_hours_phone FROM post p
				JOIN post_country c ON c.post_id = p.id WHERE c.country = ? ORDER BY p.id LIMIT 1""")
			.param(country)
			.query((rs, n) -> new Post(rs.getString("id"), rs.getString("name"), rs.getString("emergency_phone"),
					rs.getString("after_hours_phone")))
			.optional();
	}

	@Transactional
	void ensurePost(Post post, List<String> countries) {
		jdbc.sql("""
				INSERT INTO post (id, name, emergency_phone, after_hours_phone) VALUES (?, ?, ?, ?)
				ON CONFLICT (id) DO NOTHING""")
			.params(post.id(), post.name(), post.emergencyPhone(), post.afterHoursPhone())
			.update();
		String id = post.id();
		for (String country : countries) {
			jdbc.sql("INSERT INTO post_country (post_id, country) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(id, country)
				.update();
		}
	}

	void ensureMember(String username, String displayName, String passwordHash, String postId, Set<StaffRole> roles) {
		jdbc.sql("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, ?, ?, ?, ?::text[]) ON CONFLICT (username) DO NOTHING""")
			.params(username, displayName, passwordHash, postId,
					"{" + String.join(",", roles.stream().map(Enum::name).toList()) + "}")
			.update();
	}

	private static Set<String> trimmed(Array array) throws SQLException {
		Set<String> values = new LinkedHashSet<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(value.toString().trim());
		}
		return values;
	}

	private static Set<StaffRole> roles(Array array) throws SQLException {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		Arrays.stream((Object[]) array.getArray()).forEach(role -> roles.add(StaffRole.valueOf(role.toString())));
		return roles;
	}

	public record Credentials(String username, String passwordHash, Set<StaffRole> roles, boolean enabled) {
	}

}
