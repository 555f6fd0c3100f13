package org.beacon.staff.accounts;

import java.time.Clock;

import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a post requires its staff to sign in with a second factor: an administrator's choice per post, off by
 * default. A password then is not enough: the account must also give a code of its authenticator app or a recovery
 * code; a passkey counts as both factors.
 */
@Component
public class SecondFactorPolicy {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SecondFactorPolicy(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** @return whether the post of this staff account requires a second factor; false for no such account */
	public boolean requiredFor(String username) {
		return jdbc.sql("""
				SELECT p.second_factor_required FROM staff_member m JOIN post p ON p.id = m.post_id
				WHERE m.username = ?""")
			.param(username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** @throws PostNotFoundException when there is no such post */
	public boolean required(String postId) {
		return jdbc.sql("SELECT second_factor_required FROM post WHERE id = ?")
			.param(postId)
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new PostNotFoundException(postId));
	}

	/**
	 * Requires a second factor of the post's staff, or stops requiring it; audited as a change of the post.
	 *
	 * @throws PostNotFoundException when there is no such post
	 */
	@Transactional
	public void require(String postId, boolean required, String admin) {
		int changed = jdbc.sql("UPDATE post SET second_factor_required = ? WHERE id = ?")
			.params(required, postId)
			.update();
		if (changed == 0) {
			throw new PostNotFoundException(postId);
		}
		events.publishEvent(StaffActed.by(admin, StaffAction.POST_CHANGE,
				postId + " second factor " + (required ? "required" : "not required"), clock));
	}
}
