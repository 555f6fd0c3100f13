package org.beacon.staff.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.staff.StaffRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage staff accounts: create one, change its name, post and roles, disable or enable it, set a new
 * password. Rules: usernames are unique; an account has at least one role and an existing post; passwords follow
 * {@link PasswordRule} and are stored only as the {@link PasswordEncoder}'s hash; an administrator may neither
 * disable their own account nor take away their own ADMIN role (so the last administrator cannot lock everyone out
 * by mistake). Every change publishes {@link StaffActed} in its transaction, so the audit row commits with it.
 */
@Service
public class StaffAdministration {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

	private final AccountStore accounts;

	private final PostStore posts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffAdministration(AccountStore accounts, PostStore posts, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.posts = posts;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/** Every account, enabled or not, by username. */
	@Transactional(readOnly = true)
	public List<StaffAccountView> accounts() {
		return accounts.all();
	}

	/** @throws StaffAccountNotFoundException when there is no such account */
	@Transactional(readOnly = true)
	public StaffAccountView account(String username) {
		return accounts.find(username).orElseThrow(() -> new StaffAccountNotFoundException(username));
	}

	/** @throws AdminRefusedException 409 when the username is taken, 400 for a bad username, post, roles or password */
	@Transactional
	public StaffAccountView create(String username, String displayName, String postId, Set<StaffRole> roles,
			String password, String admin) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new AdminRefusedException(HttpStatus.BAD_REQUEST, "username", "admin.error.username",
					"A username is 2 to 40 lower-case letters, digits, dots, dashes or underscores");
		}
		checkPostAndRoles(displayName, postId, roles);
		PasswordRule.check(username, password);
		if (!accounts.insert(username, displayName.strip(), passwords.encode(password), postId, roles)) {
			throw new AdminRefusedException(HttpStatus.CONFLICT, "username", "admin.error.username.taken",
					"The username " + username + " is taken");
		}
		events.publishEvent(StaffActed.by(admin, StaffAction.ACCOUNT_CREATE,
				username + " " + roles + " at " + postId, clock));
		return account(username);
	}

	/**
	 * Changes the display name, post and roles; an administrator keeps their own ADMIN role.
	 *
	 * @throws StaffAccountNotFoundException when there is no such account
	 * @throws AdminRefusedException 409 for an administrator's own ADMIN role, 400 for a bad name, post or roles
	 */
	@Transactional
	public StaffAccountView change(String username, String displayName, String postId, Set<StaffRole> roles, String admin) {
		StaffAccountView before = locked(username);
		checkPostAndRoles(displayName, postId, roles);
		if (username.equals(admin) && !roles.contains(StaffRole.ADMIN)) {
			throw new AdminRefusedException(HttpStatus.CONFLICT, "roles", "admin.error.selfDemotion",
					"An administrator cannot take away their own ADMIN role");
		}
		accounts.change(username, displayName.strip(), postId, roles);
		events.publishEvent(new AccessChanged(username));
		events.publishEvent(StaffActed.by(admin, StaffAction.ACCOUNT_CHANGE,
				username + ": " + before.roles() + " at " + before.postId() + " → " + roles + " at " + postId, clock));
		return account(username);
	}

	/**
	 * Disables (it can no longer sign in) or enables an account; nobody disables their own.
	 *
	 * @throws StaffAccountNotFoundException when there is no such account
	 * @throws AdminRefusedException 409 when an administrator disables their own account
	 */
	@Transactional
	public StaffAccountView enable(String username, boolean enabled, String admin) {
		locked(username);
		if (!enabled && username.equals(admin)) {
			throw new AdminRefusedException(HttpStatus.CONFLICT, "enabled", "admin.error.selfDisable",
					"An administrator cannot disable their own account");
		}
		accounts.enable(username, enabled);
		events.publishEvent(new AccessChanged(username));
		events.publishEvent(StaffActed.by(admin, enabled ? StaffAction.ACCOUNT_ENABLE : StaffAction.ACCOUNT_DISABLE,
				username, clock));
		return account(username);
	}

	/**
	 * Sets a new password (stored hashed); the audit row never holds it.
	 *
	 * @throws StaffAccountNotFoundException when there is no such account
	 * @throws AdminRefusedException 400 for a weak password
	 */
	@Transactional
	public void resetPassword(String username, String password, String admin) {
		locked(username);
		PasswordRule.check(username, password);
		accounts.password(username, passwords.encode(password));
		events.publishEvent(new AccessChanged(username));
		events.publishEvent(StaffActed.by(admin, StaffAction.PASSWORD_RESET, username, clock));
	}

	private StaffAccountView locked(String username) {
		return accounts.lock(username)
			.orElseThrow(() -> new StaffAccountNotFoundException(username));
	}

	private void checkPostAndRoles(String displayName, String postId, Set<StaffRole> roles) {
		if (displayName == null || displayName.isBlank()) {
			throw new AdminRefusedException(HttpStatus.BAD_REQUEST, "displayName", "admin.error.displayName",
					"An account needs a display name");
		}
		if (postId == null || posts.find(postId).isEmpty()) {
			throw new AdminRefusedException(HttpStatus.BAD_REQUEST, "postId", "admin.error.post",
					"No post " + postId);
		}
		if (roles == null || roles.isEmpty()) {
			throw new AdminRefusedException(HttpStatus.BAD_REQUEST, "roles", "admin.error.roles",
					"An account needs at least one role");
		}
	}
}
