package org.beacon.staff.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.beacon.staff.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts as administrators manage them: every account, enabled or not. */
@Repository
class AccountStore {

	private static final String SELECT = """
			SELECT m.username, m.display_name, m.post_id, p.name AS post_name, m.roles, m.enabled
			FROM staff_member m JOIN post p ON p.id = m.post_id""";

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StaffAccountView> all() {
		return jdbc.sql(SELECT + " ORDER BY m.username").query((rs, n) -> view(rs)).list();
	}

	Optional<StaffAccountView> find(String username) {
		return jdbc.sql(SELECT + " WHERE m.username = ?").param(username).query((rs, n) -> view(rs)).optional();
	}

	/** The account, locked for the rest of the transaction so two administrators' changes do not interleave. */
	Optional<StaffAccountView> lock(String username) {
		return jdbc.sql(SELECT + " WHERE m.username = ? FOR UPDATE OF m").param(username)
			.query((rs, n) -> view(rs))
			.optional();
	}

	/** @return false when the username is taken (the row is then left as it is) */
	boolean insert(String username, String displayName, String passwordHash, String postId, Set<StaffRole> roles) {
		return jdbc.sql("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, ?, ?, ?, ?::text[]) ON CONFLICT (username) DO NOTHING""")
			.params(username, displayName, passwordHash, postId, array(roles))
			.update() == 1;
	}

	void change(String username, String displayName, String postId, Set<StaffRole> roles) {
		jdbc.sql("UPDATE staff_member SET display_name = ?, post_id = ?, roles = ?::text[] WHERE username = ?")
			.params(displayName, postId, array(roles), username)
			.update();
	}

	void enable(String username, boolean enabled) {
		jdbc.sql("UPDATE staff_member SET enabled = ? WHERE username = ?").params(enabled, username).update();
	}

	void password(String username, String passwordHash) {
		jdbc.sql("UPDATE staff_member SET password_hash = ? WHERE username = ?").params(passwordHash, username)
			.update();
	}

	private static String array(Set<StaffRole> roles) {
		return "{" + String.join(",", roles.stream().map(Enum::name).toList()) + "}";
	}

	private static StaffAccountView view(ResultSet rs) throws SQLException {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		Arrays.stream((Object[]) rs.getArray("roles").getArray())
			.forEach(role -> roles.add(StaffRole.valueOf(role.toString())));
		return new StaffAccountView(rs.getString("username"), rs.getString("display_name"), rs.getString("post_id"),
				rs.getString("post_name"), roles, rs.getBoolean("enabled"));
	}
}
