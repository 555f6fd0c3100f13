package org.beacon.platform.security.matrix;

import static org.beacon.platform.security.matrix.AuthorizationMatrix.alertPath;
import static org.beacon.platform.security.matrix.AuthorizationMatrix.composeForm;
import static org.beacon.platform.security.matrix.AuthorizationMatrix.pageRow;
import static org.beacon.platform.security.matrix.Call.form;
import static org.beacon.platform.security.matrix.Call.page;

import org.beacon.platform.security.matrix.AuthorizationMatrix.Fresh;
import org.beacon.support.Feeds;

/** The authorization matrix's rows for the staff pages: signed-in staff, by role and post. */
final class StaffPages {

	private StaffPages() {
	}

	/**
	 * A staff member's own account: passkeys and authenticator app. Spring Security answers the WebAuthn ceremonies: registering needs a
	 * staff session; asking how to sign in is open, and an answer that is no passkey's signs nobody in. Deleting by
	 * Spring Security's {@code DELETE} needs the session's CSRF token, which no principal sends here.
	 */
	private static void passkeys() {
		pageRow("GET /staff/account", Fresh.NO, (f, who) -> page("/staff/account"), "302→/staff/login 403 403 200 200 200 200 200 200");
		pageRow("POST /staff/account/passkeys/{id}/delete", Fresh.NO, (f, who) -> form(
				"/staff/account/passkeys/bm8tc3VjaC1wYXNza2V5/delete"), "302→/staff/login 403 403 404 404 404 404 404 404");
		pageRow("POST /staff/account/totp", Fresh.NO, (f, who) -> form("/staff/account/totp"),
				"302→/staff/login 403 403 302→/staff/account 302→/staff/account 302→/staff/account 302→/staff/account 302→/staff/account 302→/staff/account");
		pageRow("POST /staff/account/totp/confirm", Fresh.NO, (f, who) -> form("/staff/account/totp/confirm", "code",
				"abcdef"), "302→/staff/login 403 403 302→/staff/account 302→/staff/account 302→/staff/account 302→/staff/account 302→/staff/account 302→/staff/account");
		pageRow("POST /staff/account/totp/disable", Fresh.NO, (f, who) -> form("/staff/account/totp/disable"),
				"302→/staff/login 403 403 302→/staff/account 302→/staff/account 302→/staff/account 302→/staff/account 302→/staff/account 302→/staff/account");
		// The second step of a password sign-in: no principal's post requires it here, so the page sends them on, and
		// a code (wrong, as any would be without an app) is refused on the page.
		pageRow("GET /staff/second-factor", Fresh.NO, (f, who) -> page("/staff/second-factor"),
				"302→/staff/login 403 403 302→/staff 302→/staff 302→/staff 302→/staff 302→/staff 302→/staff");
		pageRow("POST /staff/second-factor", Fresh.NO, (f, who) -> form("/staff/second-factor", "code", "abcdef"),
				"302→/staff/login 403 403 200 200 200 200 200 200");
		pageRow("POST /webauthn/register/options", Fresh.NO, (f, who) -> form("/webauthn/register/options"),
				"400 403 403 200 200 200 200 200 200");
		pageRow("POST /webauthn/register", Fresh.NO, (f, who) -> form("/webauthn/register"),
				"302→/staff/login 403 403 400 400 400 400 400 400");
		pageRow("DELETE /webauthn/register/{id}", Fresh.NO, (f, who) -> Call.send("DELETE",
				"/webauthn/register/bm8tc3VjaC1wYXNza2V5", null), "403 403 403 403 403 403 403 403 403");
		pageRow("POST /webauthn/authenticate/options", Fresh.NO, (f, who) -> form("/webauthn/authenticate/options"),
				"200 200 200 200 200 200 200 200 200");
		pageRow("POST /login/webauthn", Fresh.NO, (f, who) -> form("/login/webauthn"),
				"401 401 401 401 401 401 401 401 401");
	}

	static void add() {
		pageRow("GET /staff/login", Fresh.NO, (f, who) -> page("/staff/login"), "200 200 200 200 200 200 200 200 200");
		pageRow("POST /staff/login", Fresh.SESSIONS, (f, who) -> form("/staff/login", "username", "duty-officer",
				"password", "beacon-dev"), "302→/staff 302→/staff 302→/staff 302→/staff 302→/staff 302→/staff 302→/staff 302→/staff 302→/staff");
		pageRow("POST /staff/logout", Fresh.SESSIONS, (f, who) -> form("/staff/logout"), "302→/staff/login 302→/ 302→/ 302→/staff/login 302→/staff/login 302→/staff/login 302→/staff/login 302→/staff/login 302→/staff/login");
		pageRow("GET /staff", Fresh.NO, (f, who) -> page("/staff"), "302→/staff/login 403 403 200 200 200 200 200 200");
		passkeys();
		pageRow("GET /staff/audit", Fresh.NO, (f, who) -> page("/staff/audit"), "302→/staff/login 403 403 403 403 403 200 403 403");

		// The form opens under a one-time key in its address (a bare address is redirected to one): it is given here.
		pageRow("GET /staff/alerts/new", Fresh.NO, (f, who) -> page("/staff/alerts/new?submission="
				+ java.util.UUID.randomUUID()), "302→/staff/login 403 403 200 200 403 403 403 403");
		pageRow("POST /staff/alerts/new", Fresh.NO, (f, who) -> form("/staff/alerts/new", composeForm()),
				"302→/staff/login 403 403 200 302→/staff/alerts/{id} 403 403 403 403");
		pageRow("POST /staff/alerts/new/audience", Fresh.NO, (f, who) -> form("/staff/alerts/new/audience",
				composeForm()), "302→/staff/login 403 403 200 200 403 403 403 403");
		pageRow("GET /staff/alerts/{id}", Fresh.NO, (f, who) -> page(alertPath(f.alert())), "302→/staff/login 403 403 404 200 200 200 200 404");
		pageRow("GET /staff/alerts/{id}/events", Fresh.NO, (f, who) -> Call.stream(alertPath(f.alert()) + "/events"),
				"302→/staff/login 403 403 404 200 200 200 200 404");
		pageRow("GET /staff/alerts/{id}/cancel", Fresh.NO, (f, who) -> page(alertPath(f.alert()) + "/cancel"),
				"302→/staff/login 403 403 404 200 200 200 403 404");
		pageRow("POST /staff/alerts/{id}/cancel", Fresh.PER_CELL, (f, who) -> form(alertPath(f.alert()) + "/cancel"),
				"302→/staff/login 403 403 404 302→/staff/alerts/{id} 302→/staff/alerts/{id} 302→/staff/alerts/{id} 403 404");
		pageRow("POST /staff/alerts/{id}/update", Fresh.PER_CELL, (f, who) -> form(alertPath(f.reachedAlert()) + "/update",
				"title", "Demonstration moved", "body", "Now at the stadium."), "302→/staff/login 403 403 404 302→/staff/alerts/{id} 403 403 403 403");

		pageRow("GET /staff/approvals", Fresh.NO, (f, who) -> page("/staff/approvals"), "302→/staff/login 403 403 403 403 200 200 403 403");
		pageRow("POST /staff/approvals/{id}/approve", Fresh.PER_CELL, (f, who) -> form("/staff/approvals/"
				+ f.heldAlert() + "/approve"), "302→/staff/login 403 403 403 403 302→/staff/approvals 302→/staff/approvals 403 403");
		pageRow("POST /staff/approvals/{id}/reject", Fresh.PER_CELL, (f, who) -> form("/staff/approvals/"
				+ f.heldAlert() + "/reject", "reason", "Not now"), "302→/staff/login 403 403 403 403 302→/staff/approvals 302→/staff/approvals 403 403");
		pageRow("GET /staff/review", Fresh.NO, (f, who) -> page("/staff/review"), "302→/staff/login 403 403 403 403 200 200 403 403");
		pageRow("POST /staff/review/{id}/approve", Fresh.PER_CELL, (f, who) -> form("/staff/review/"
				+ f.reviewAlert() + "/approve"), "302→/staff/login 403 403 403 403 302→/staff/alerts/{id} 302→/staff/alerts/{id} 403 403");
		pageRow("POST /staff/review/{id}/discard", Fresh.PER_CELL, (f, who) -> form("/staff/review/"
				+ f.reviewAlert() + "/discard"), "302→/staff/login 403 403 403 403 302→/staff/review 302→/staff/review 403 403");

		pageRow("GET /staff/admin/accounts", Fresh.NO, (f, who) -> page("/staff/admin/accounts"), "302→/staff/login 403 403 403 403 403 200 403 403");
		pageRow("POST /staff/admin/accounts", Fresh.NO, (f, who) -> form("/staff/admin/accounts", "username",
				"matrix-new-" + MatrixFixtures.newEmail().replaceAll("\\D", ""), "displayName", "New officer",
				"password", "a long enough password 1", "postId", "embassy-bamako", "roles", "OFFICER"),
				"302→/staff/login 403 403 403 403 403 302→/staff/admin/accounts 403 403");
		pageRow("GET /staff/admin/accounts/{username}", Fresh.NO, (f, who) -> page("/staff/admin/accounts/"
				+ f.account()), "302→/staff/login 403 403 403 403 403 200 403 403");
		pageRow("POST /staff/admin/accounts/{username}", Fresh.PER_CELL, (f, who) -> form("/staff/admin/accounts/"
				+ f.account(), "displayName", "Renamed", "postId", "embassy-bamako", "roles", "OFFICER"),
				"302→/staff/login 403 403 403 403 403 302→/staff/admin/accounts/{username} 403 403");
		pageRow("POST /staff/admin/accounts/{username}/enabled", Fresh.PER_CELL, (f, who) -> form(
				"/staff/admin/accounts/" + f.account() + "/enabled", "enabled", "false"), "302→/staff/login 403 403 403 403 403 302→/staff/admin/accounts/{username} 403 403");
		pageRow("POST /staff/admin/accounts/{username}/password", Fresh.PER_CELL, (f, who) -> form(
				"/staff/admin/accounts/" + f.account() + "/password", "password", "another long password 2"),
				"302→/staff/login 403 403 403 403 403 302→/staff/admin/accounts/{username} 403 403");
		pageRow("GET /staff/admin/posts", Fresh.NO, (f, who) -> page("/staff/admin/posts"), "302→/staff/login 403 403 403 403 403 200 403 403");
		pageRow("POST /staff/admin/posts", Fresh.NO, (f, who) -> form("/staff/admin/posts", "id",
				"matrix-p" + MatrixFixtures.newEmail().replaceAll("\\D", ""), "name", "New post", "countries", "SN"),
				"302→/staff/login 403 403 403 403 403 302→/staff/admin/posts 403 403");
		pageRow("GET /staff/admin/posts/{id}", Fresh.NO, (f, who) -> page("/staff/admin/posts/" + f.post()),
				"302→/staff/login 403 403 403 403 403 200 403 403");
		pageRow("POST /staff/admin/posts/{id}", Fresh.PER_CELL, (f, who) -> form("/staff/admin/posts/" + f.post(),
				"name", "Renamed post", "countries", "SN"), "302→/staff/login 403 403 403 403 403 302→/staff/admin/posts/{id} 403 403");
		pageRow("POST /staff/admin/posts/{id}/second-factor", Fresh.NO, (f, who) -> form("/staff/admin/posts/" + f.post()
				+ "/second-factor", "required", "false"),
				"302→/staff/login 403 403 403 403 403 302→/staff/admin/posts/{id} 403 403");
		pageRow("GET /staff/admin/feed", Fresh.NO, (f, who) -> page("/staff/admin/feed"), "302→/staff/login 403 403 403 403 403 200 403 403");
		pageRow("POST /staff/admin/feed/read", Fresh.NO, (f, who) -> form("/staff/admin/feed/read"), "302→/staff/login 403 403 403 403 403 302→/staff/admin/feed 403 403");
		pageRow("POST /staff/admin/feed/copy", Fresh.NO, (f, who) -> form("/staff/admin/feed/copy", "document",
				Feeds.rss(Feeds.mali(2, "<p>Exercise increased caution.</p>"))), "302→/staff/login 403 403 403 403 403 302→/staff/admin/feed 403 403");

		// The help queue: crisis staff only; another post's find no check-in of this one (and see none listed).
		// Check-ins: counts only, for staff of the post; closing is an officer's.
		pageRow("GET /staff/checkins", Fresh.NO, (f, who) -> page("/staff/checkins"),
				"302→/staff/login 403 403 200 200 200 200 200 200");
		pageRow("GET /staff/checkins/{id}", Fresh.NO, (f, who) -> page("/staff/checkins/" + f.checkIn()),
				"302→/staff/login 403 403 404 200 200 200 200 404");
		pageRow("GET /staff/checkins/{id}/events", Fresh.NO, (f, who) -> Call.stream("/staff/checkins/" + f.checkIn()
				+ "/events"), "302→/staff/login 403 403 404 200 200 200 200 404");
		pageRow("POST /staff/checkins/{id}/close", Fresh.PER_CELL, (f, who) -> form("/staff/checkins/" + f.checkIn()
				+ "/close"), "302→/staff/login 403 403 404 302→/staff/checkins/{id} 403 403 403 403");
		pageRow("GET /staff/checkins/help", Fresh.NO, (f, who) -> page("/staff/checkins/help"),
				"302→/staff/login 403 403 403 403 403 403 200 200");
		pageRow("GET /staff/checkins/{id}/help", Fresh.NO, (f, who) -> page(helpQueue(f.checkIn())),
				"302→/staff/login 403 403 403 403 403 403 200 404");
		pageRow("POST /staff/checkins/{id}/help/{subscriberId}/take", Fresh.PER_CELL, (f, who) -> form(
				helpQueue(f.checkIn()) + "/" + f.helpCase().subscriber() + "/take"),
				"302→/staff/login 403 403 403 403 403 403 302→/staff/checkins/{id}/help 404");
		pageRow("POST /staff/checkins/{id}/help/{subscriberId}/resolve", Fresh.PER_CELL, (f, who) -> form(
				helpQueue(f.checkIn()) + "/" + f.takenHelpCase().subscriber() + "/resolve", "note",
				"Called back: a car is on its way"),
				"302→/staff/login 403 403 403 403 403 403 302→/staff/checkins/{id}/help 404");
	}

	private static String helpQueue(String checkIn) {
		return "/staff/checkins/" + checkIn + "/help";
	}
}
