package org.beacon.staff.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.beacon.staff.Post;
import org.beacon.staff.StaffAction;
import org.beacon.staff.StaffRole;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** The rules of staff accounts and posts, through the services the administrators' pages call. */
class AdministrationIntegrationTests extends BeaconIntegrationTest {

	private static final String STRONG = "correct horse battery";

	@Autowired
	private StaffAdministration accounts;

	@Autowired
	private PostAdministration posts;

	@Autowired
	private SessionRegistry sessions;

	@Autowired
	private FindByIndexNameSessionRepository<?> sessionStore;

	@Test
	void anAdministratorCannotDemoteOrDisableThemselves() {
		assertThatThrownBy(() -> accounts.change(Api.ADMIN, "Administrator", "consular-affairs",
				EnumSet.of(StaffRole.APPROVER), Api.ADMIN))
			.isInstanceOfSatisfying(AdminRefusedException.class, ex -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.field()).isEqualTo("roles");
			});
		assertThatThrownBy(() -> accounts.enable(Api.ADMIN, false, Api.ADMIN))
			.isInstanceOfSatisfying(AdminRefusedException.class,
					ex -> assertThat(ex.getStatusCode().is4xxClientError()).isTrue());

		StaffAccountView admin = accounts.account(Api.ADMIN);
		assertThat(admin.roles()).contains(StaffRole.ADMIN);
		assertThat(admin.enabled()).isTrue();
	}

	@Test
	void aTakenUsernameIsRefusedAndTheFirstAccountKept() {
		String username = unique("officer");
		accounts.create(username, "First", "embassy-bamako", EnumSet.of(StaffRole.OFFICER), STRONG, Api.ADMIN);

		assertThatThrownBy(() -> accounts.create(username, "Second", "consular-affairs",
				EnumSet.of(StaffRole.ADMIN), STRONG, Api.ADMIN))
			.isInstanceOfSatisfying(AdminRefusedException.class, ex -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.field()).isEqualTo("username");
			});
		assertThat(accounts.account(username).displayName()).isEqualTo("First");
		assertThat(audit(StaffAction.ACCOUNT_CREATE)).anyMatch(detail -> detail.startsWith(username + " "));
	}

	@Test
	void weakPasswordsAreRefusedAndStrongOnesStoredHashed() {
		String username = unique("weak");
		assertThatThrownBy(() -> accounts.create(username, "Weak", "embassy-bamako", EnumSet.of(StaffRole.OFFICER),
				"short", Api.ADMIN))
			.isInstanceOfSatisfying(AdminRefusedException.class, ex -> assertThat(ex.field()).isEqualTo("password"));
		assertThatThrownBy(() -> accounts.create(username, "Weak", "embassy-bamako", EnumSet.of(StaffRole.OFFICER),
				username + "-12345678", Api.ADMIN))
			.isInstanceOf(AdminRefusedException.class);

		accounts.create(username, "Strong", "embassy-bamako", EnumSet.of(StaffRole.OFFICER), STRONG, Api.ADMIN);
		assertThat(jdbc.queryForObject("SELECT password_hash FROM staff_member WHERE username = ?", String.class,
				username)).startsWith("{bcrypt}").doesNotContain(STRONG);
	}

	@Test
	void unknownCountriesAreRefusedAndNothingStored() {
		String id = unique("post");
		assertThatThrownBy(() -> posts.create(new Post(id, "Nowhere", null, null), List.of("BF", "XX"), Api.ADMIN))
			.isInstanceOfSatisfying(AdminRefusedException.class, ex -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(ex.field()).isEqualTo("countries");
				assertThat(ex.arguments()).containsExactly("XX");
			});
		assertThat(posts.posts()).noneMatch(post -> post.post().id().equals(id));

		PostView created = posts.create(new Post(id, "Embassy Ouagadougou", "+226 25 49 53 00", null),
				List.of("bf", " BF"), Api.ADMIN);
		assertThat(created.countries()).containsExactly("BF");
		assertThatThrownBy(() -> posts.change(new Post(id, "Embassy Ouagadougou", null, null), List.of("ZZ"),
				Api.ADMIN))
			.isInstanceOf(AdminRefusedException.class);
		assertThat(posts.post(id).countries()).containsExactly("BF");
		assertThat(audit(StaffAction.POST_CREATE)).anyMatch(detail -> detail.startsWith(id));
	}

	@Test
	void anUnknownAccountOrPostIsNotFound() {
		String nobody = unique("nobody");
		assertThatThrownBy(() -> accounts.account(nobody))
			.isInstanceOfSatisfying(StaffAccountNotFoundException.class, ex -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
				assertThat(ex.getBody().getDetail()).isEqualTo("No staff account " + nobody);
			});
		assertThatThrownBy(() -> accounts.enable(nobody, false, Api.ADMIN))
			.isInstanceOf(StaffAccountNotFoundException.class);
		assertThatThrownBy(() -> accounts.resetPassword(nobody, STRONG, Api.ADMIN))
			.isInstanceOf(StaffAccountNotFoundException.class);

		assertThatThrownBy(() -> posts.post(nobody)).isInstanceOfSatisfying(PostNotFoundException.class, ex -> {
			assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(ex.getBody().getDetail()).isEqualTo("No post " + nobody);
		});
		assertThatThrownBy(() -> posts.change(new Post(nobody, "Nowhere", null, null), List.of("ML"), Api.ADMIN))
			.isInstanceOf(PostNotFoundException.class);
		assertThat(posts.posts()).noneMatch(post -> post.post().id().equals(nobody));
	}

	@Test
	void aDisabledAccountCannotSignInUntilEnabledAgain() {
		String username = unique("leaver");
		accounts.create(username, "Leaver", "embassy-bamako", EnumSet.of(StaffRole.OFFICER), STRONG, Api.ADMIN);
		assertThat(signIn(username)).isEqualTo(HttpStatus.NOT_FOUND);

		accounts.enable(username, false, Api.ADMIN);
		assertThat(signIn(username)).isEqualTo(HttpStatus.UNAUTHORIZED);

		accounts.enable(username, true, Api.ADMIN);
		accounts.resetPassword(username, "another good passphrase", Api.ADMIN);
		assertThat(signIn(username)).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(http.withBasicAuth(username, "another good passphrase")
			.getForEntity("/api/v1/alerts/" + UUID.randomUUID(), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(audit(StaffAction.ACCOUNT_DISABLE)).contains(username);
		assertThat(audit(StaffAction.PASSWORD_RESET)).contains(username);
	}

	@Test
	void changingAnAccountsAccessEndsItsOpenSessionsOnceTheChangeCommitted() {
		String username = unique("moved");
		accounts.create(username, "Moved", "embassy-bamako", EnumSet.of(StaffRole.OFFICER), STRONG, Api.ADMIN);
		String moved = openSession(username);
		String admin = openSession(Api.ADMIN);

		assertThatThrownBy(() -> accounts.change(username, "Moved", "no-such-post", EnumSet.of(StaffRole.APPROVER),
				Api.ADMIN));
		assertThat(sessions.getSessionInformation(moved).isExpired()).as("refused change").isFalse();

		accounts.change(username, "Moved", "embassy-bamako", EnumSet.of(StaffRole.APPROVER), Api.ADMIN);

		assertThat(sessions.getSessionInformation(moved).isExpired()).isTrue();
		assertThat(sessions.getSessionInformation(admin).isExpired()).isFalse();
		sessionStore.deleteById(moved);
		sessionStore.deleteById(admin);
	}

	/** A session signed in as this account, stored as a replica stores it (in PostgreSQL), and its id. */
	private String openSession(String username) {
		return open(sessionStore, username);
	}

	private static <S extends Session> String open(SessionRepository<S> store, String username) {
		S session = store.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
		store.save(session);
		return session.getId();
	}

	/** Authenticates with the strong password: 404 (no such alert) once signed in, 401 when refused. */
	private HttpStatus signIn(String username) {
		return HttpStatus.valueOf(http.withBasicAuth(username, STRONG)
			.getForEntity("/api/v1/alerts/" + UUID.randomUUID(), String.class)
			.getStatusCode()
			.value());
	}

	private List<String> audit(StaffAction action) {
		return jdbc.queryForList("SELECT detail FROM staff_audit WHERE action = ? AND username = ?", String.class,
				action.name(), Api.ADMIN);
	}

	private static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36);
	}
}
