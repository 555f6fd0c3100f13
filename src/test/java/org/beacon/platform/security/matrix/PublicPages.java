package org.beacon.platform.security.matrix;

import static org.beacon.platform.security.matrix.AuthorizationMatrix.enrollFormFor;
import static org.beacon.platform.security.matrix.AuthorizationMatrix.pageRow;
import static org.beacon.platform.security.matrix.Call.form;
import static org.beacon.platform.security.matrix.Call.page;

import org.beacon.platform.security.matrix.AuthorizationMatrix.Fresh;

/**
 * The authorization matrix's rows for the pages citizens use: open pages, pages of a signed-in citizen (who may reach
 * only their own enrollment: no page names another's) and links that carry their own secret.
 */
final class PublicPages {

	private PublicPages() {
	}

	static void add() {
		pageRow("GET /", Fresh.NO, (f, who) -> page("/"), "200 200 200 200 200 200 200 200 200");
		pageRow("POST / [addPlace]", Fresh.NO, (f, who) -> form("/", enrollFormFor("", "addPlace", "")),
				"200 200 200 200 200 200 200 200 200");
		pageRow("POST / [removePlace]", Fresh.NO, (f, who) -> form("/", enrollFormFor("", "removePlace", "0")),
				"200 200 200 200 200 200 200 200 200");
		pageRow("POST / [showRegions]", Fresh.NO, (f, who) -> form("/", enrollFormFor("", "showRegions", "0")),
				"200 200 200 200 200 200 200 200 200");
		pageRow("POST / [!addPlace, !removePlace, !showRegions]", Fresh.NO,
				(f, who) -> form("/", enrollFormFor(MatrixFixtures.newEmail())), "200 200 200 200 200 200 200 200 200");
		pageRow("GET /enrolled", Fresh.NO, (f, who) -> page("/enrolled"), "302→/ 200 200 302→/ 302→/ 302→/ 302→/ 302→/ 302→/");
		pageRow("GET /sms", Fresh.NO, (f, who) -> page("/sms"), "200 200 200 200 200 200 200 200 200");
		pageRow("GET /places/{country}/regions", Fresh.NO, (f, who) -> Call.get("/places/ML/regions"),
				"200 200 200 200 200 200 200 200 200");
		pageRow("GET /advisories", Fresh.NO, (f, who) -> page("/advisories"), "200 200 200 200 200 200 200 200 200");
		pageRow("GET /alerts", Fresh.NO, (f, who) -> page("/alerts"), "200 200 200 200 200 200 200 200 200");
		// The site's icon, which every page links and browsers ask for on their own.
		pageRow("GET /favicon.svg", Fresh.NO, (f, who) -> page("/favicon.svg"), "200 200 200 200 200 200 200 200 200");
		pageRow("GET /favicon.ico", Fresh.NO, (f, who) -> page("/favicon.ico"), "200 200 200 200 200 200 200 200 200");

		pageRow("GET /signin", Fresh.NO, (f, who) -> page("/signin"), "200 200 200 200 200 200 200 200 200");
		pageRow("POST /signin", Fresh.NO, (f, who) -> form("/signin", "email", MatrixFixtures.newEmail()),
				"200 200 200 200 200 200 200 200 200");
		pageRow("GET /signin/link", Fresh.NO, (f, who) -> page("/signin/link?t=not-a-token"), "200 200 200 200 200 200 200 200 200");
		pageRow("POST /signin/link", Fresh.NO, (f, who) -> form("/signin/link", "t", "not-a-token"),
				"200 200 200 200 200 200 200 200 200");
		// The link in the notice that an enrollment without a place will be deleted: as a sign-in link, its token is
		// the credential, and a wrong one is told so on the page.
		pageRow("GET /keep", Fresh.NO, (f, who) -> page("/keep?t=not-a-token"), "200 200 200 200 200 200 200 200 200");
		pageRow("POST /keep", Fresh.NO, (f, who) -> form("/keep", "t", "not-a-token"),
				"200 200 200 200 200 200 200 200 200");
		pageRow("POST /account/signout", Fresh.SESSIONS, (f, who) -> form("/account/signout"), "302→/staff/login 302→/ 302→/ 302→/staff/login 302→/staff/login 302→/staff/login 302→/staff/login 302→/staff/login 302→/staff/login");

		pageRow("GET /verify/email", Fresh.NO, (f, who) -> page("/verify/email?t=not-a-token"), "200 200 200 200 200 200 200 200 200");
		pageRow("POST /verify/email", Fresh.NO, (f, who) -> form("/verify/email", "t", "not-a-token"),
				"200 200 200 200 200 200 200 200 200");
		pageRow("GET /verify/phone", Fresh.NO, (f, who) -> page("/verify/phone"), "302→/signin 200 200 302→/signin 302→/signin 302→/signin 302→/signin 302→/signin 302→/signin");
		pageRow("POST /verify/phone", Fresh.CITIZENS, (f, who) -> form("/verify/phone", "code", "000000"),
				"302→/signin 200 200 302→/signin 302→/signin 302→/signin 302→/signin 302→/signin 302→/signin");
		pageRow("POST /verify/resend", Fresh.CITIZENS, (f, who) -> form("/verify/resend", "channel", "SMS"),
				"302→/signin 200 200 302→/signin 302→/signin 302→/signin 302→/signin 302→/signin 302→/signin");

		pageRow("GET /account", Fresh.NO, (f, who) -> page("/account"), "302→/signin 200 200 403 403 403 403 403 403");
		pageRow("GET /account/data", Fresh.NO, (f, who) -> page("/account/data"), "302→/signin 200 200 403 403 403 403 403 403");
		pageRow("GET /account/delete", Fresh.NO, (f, who) -> page("/account/delete"), "302→/signin 200 200 403 403 403 403 403 403");
		pageRow("POST /account [addPlace]", Fresh.NO, (f, who) -> form("/account", enrollFormFor("x@example.org",
				"addPlace", "")), "302→/signin 200 200 403 403 403 403 403 403");
		pageRow("POST /account [removePlace]", Fresh.NO, (f, who) -> form("/account",
				enrollFormFor("x@example.org", "removePlace", "0")), "302→/signin 200 200 403 403 403 403 403 403");
		pageRow("POST /account [showRegions]", Fresh.NO, (f, who) -> form("/account",
				enrollFormFor("x@example.org", "showRegions", "0")), "302→/signin 200 200 403 403 403 403 403 403");
		pageRow("POST /account [!addPlace, !removePlace, !showRegions]", Fresh.CITIZENS,
				(f, who) -> form("/account", enrollFormFor(who.isCitizen() ? f.credentialsOf(who).email()
						: "x@example.org", "save", "")), "302→/signin 200 200 403 403 403 403 403 403");
		pageRow("POST /account/pause", Fresh.CITIZENS, (f, who) -> form("/account/pause", "paused", "true"),
				"302→/signin 302→/account 302→/account 403 403 403 403 403 403");
		pageRow("POST /account/briefings", Fresh.CITIZENS, (f, who) -> form("/account/briefings", "briefings", "false"),
				"302→/signin 302→/account 302→/account 403 403 403 403 403 403");
		pageRow("POST /account/delete", Fresh.CITIZENS, (f, who) -> form("/account/delete"), "302→/signin 200 200 403 403 403 403 403 403");

		// The link's token is the credential: each principal uses the one they were sent, if any.
		pageRow("GET /unsubscribe/{id}", Fresh.NO, (f, who) -> page("/unsubscribe/" + f.citizen().id() + "?t="
				+ f.unsubscribeToken(who)), "404 200 404 404 404 404 404 404 404");
		pageRow("POST /unsubscribe/{id}", Fresh.PER_CELL, (f, who) -> form("/unsubscribe/" + f.citizen().id()
				+ "?t=" + f.unsubscribeToken(who)), "404 200 404 404 404 404 404 404 404");
		// A check-in email's answer link: its signed token is the citizen's credential, as the unsubscribe link's.
		pageRow("GET /checkin/{checkIn}/{subscriber}/{answer}/{token}", Fresh.NO, (f, who) -> page(f.safeLink(who)),
				"404 200 404 404 404 404 404 404 404");
		pageRow("POST /checkin/{checkIn}/{subscriber}/{answer}/{token}", Fresh.PER_CELL,
				(f, who) -> form(f.safeLink(who)), "404 200 404 404 404 404 404 404 404");
	}
}
