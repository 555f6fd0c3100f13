package org.beacon.staff.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.beacon.staff.Post;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Posts and the countries each covers, as administrators manage them. */
@Repository
class PostStore {

	private static final String SELECT = """
			SELECT p.id, p.name, p.emergency_phone, p.after_hours_phone,
			       ARRAY(SELECT trim(country) FROM post_country c WHERE c.post_id = p.id ORDER BY country) AS countries
			FROM post p""";

	private final JdbcClient jdbc;

	PostStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PostView> all() {
		return jdbc.sql(SELECT + " ORDER BY p.name").query((rs, n) -> view(rs)).list();
	}

	Optional<PostView> find(String id) {
		return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query((rs, n) -> view(rs)).optional();
	}

	/** @return false when the id is taken */
	boolean insert(Post post) {
		return jdbc.sql("""
				INSERT INTO post (id, name, emergency_phone, after_hours_phone) VALUES (?, ?, ?, ?)
				ON CONFLICT (id) DO NOTHING""")
			.params(post.id(), post.name(), post.emergencyPhone(), post.afterHoursPhone())
			.update() == 1;
	}

	/** @return false when there is no such post */
	boolean update(Post post) {
		return jdbc.sql("UPDATE post SET name = ?, emergency_phone = ?, after_hours_phone = ? WHERE id = ?")
			.params(post.name(), post.emergencyPhone(), post.afterHoursPhone(), post.id())
			.update() == 1;
	}

	/** Replaces the countries the post covers. */
	void countries(String postId, Collection<String> countries) {
		jdbc.sql("DELETE FROM post_country WHERE post_id = ?").param(postId).update();
		for (String country : countries) {
			jdbc.sql("INSERT INTO post_country (post_id, country) VALUES (?, ?)").params(postId, country).update();
		}
	}

	private static PostView view(ResultSet rs) throws SQLException {
		List<String> countries = new ArrayList<>();
		for (Object country : (Object[]) rs.getArray("countries").getArray()) {
			countries.add(country.toString());
		}
		return new PostView(new Post(rs.getString("id"), rs.getString("name"), rs.getString("emergency_phone"),
				rs.getString("after_hours_phone")), countries);
	}
}
