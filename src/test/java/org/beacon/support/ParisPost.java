package org.beacon.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A second post, Embassy Paris (FR), with an officer and a crisis officer: staff who must not reach the Bamako post's
 * alerts, nor its citizens.
 */
public final class ParisPost {

	public static final String OFFICER = "paris-officer";

	public static final String PASSWORD = "paris-pass";

	/** Paris's crisis officer (role CRISIS), whose password is {@link #PASSWORD}. */
	public static final String CRISIS = "paris-crisis";

	private ParisPost() {
	}

	/** Adds the post and its officer, unless an earlier test of the run did. */
	public static void withOfficer(JdbcTemplate jdbc, PasswordEncoder passwords) {
		jdbc.update("INSERT INTO post (id, name) VALUES ('embassy-paris', 'U.S. Embassy Paris') ON CONFLICT DO NOTHING");
		jdbc.update("INSERT INTO post_country (post_id, country) VALUES ('embassy-paris', 'FR') ON CONFLICT DO NOTHING");
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, 'Paris officer', ?, 'embassy-paris', '{OFFICER}') ON CONFLICT DO NOTHING""", OFFICER,
				passwords.encode(PASSWORD));
	}

	/** Adds the post and its crisis officer (role CRISIS only), unless an earlier test of the run did. */
	public static void withCrisisOfficer(JdbcTemplate jdbc, PasswordEncoder passwords) {
		withOfficer(jdbc, passwords);
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES (?, 'Paris crisis officer', ?, 'embassy-paris', '{CRISIS}') ON CONFLICT DO NOTHING""", CRISIS,
				passwords.encode(PASSWORD));
	}
}
