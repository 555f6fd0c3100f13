package org.beacon.platform.security.matrix;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.beacon.checkins.AnswerLinks;
import org.beacon.checkins.CheckInAnswers;
import org.beacon.checkins.SafetyAnswer;
import org.beacon.platform.security.matrix.AuthorizationMatrix.Fresh;
import org.beacon.subscribers.EmailConsent;
import org.beacon.support.Api;
import org.beacon.support.Feeds;
import org.beacon.support.MutableClock;
import org.beacon.support.PageSession;
import org.beacon.support.ProviderVerifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The resources the matrix's requests act on, each made when first asked for, as citizens and staff make them: a
 * citizen and another, an alert of the Bamako post in its states, a check-in of that post with a citizen who needs
 * help, a staff account and a post to administer, and each principal's page session. One fixture serves every request
 * that changes nothing; a request that changes what it acts on, and is expected to succeed, gets fresh ones (see
 * {@link Fresh}).
 */
final class MatrixFixtures {

	/** An enrolled citizen: the resource's owner or another one. */
	record Citizen(String id, String token, String email) {
	}

	private static final AtomicInteger SERIAL = new AtomicInteger();

	/** The crisis officer of the Bamako post (the demo account), whose password is {@link Api#PASSWORD}. */
	static final String CRISIS_OFFICER = "crisis-officer";

	/** A link token Beacon did not sign: well formed, with an expiry in 2100. */
	private static final String FORGED_TOKEN = "4102444800.bm90LWEtc2lnbmF0dXJlLW9mLWJlYWNvbidz";

	private final Parts parts;

	private final Map<Who, PageSession> sessions = new EnumMap<>(Who.class);

	private final Fresh fresh;

	private final MatrixFixtures shared;

	private Citizen citizen;

	private Citizen otherCitizen;

	private final Map<String, String> alerts = new HashMap<>();

	private String account;

	private String post;

	private HelpCase helpCase;

	private boolean helpCaseTaken;

	/** A citizen of Mali who answered a check-in of the Bamako post that they need help: their open case. */
	record HelpCase(String checkIn, String subscriber) {
	}

	/**
	 * What every fixture uses: the API, the database, the mail and SMS stubs, staff sessions, check-ins answered as
	 * citizens answer them, and the signer of check-in emails' answer links.
	 */
	record Parts(Api api, JdbcTemplate jdbc, String root, ProviderVerifier inbox, EmailConsent consent,
			MutableClock clock, CheckInAnswers checkIns, AnswerLinks answerLinks) {
	}

	/** The fixture every row shares for what it does not change. */
	MatrixFixtures(Parts parts) {
		this(parts, Fresh.NO, null);
	}

	/**
	 * Fresh resources for one request, sharing with {@code shared} the sessions that {@code fresh} says the
	 * request does not change.
	 */
	MatrixFixtures(Parts parts, Fresh fresh, MatrixFixtures shared) {
		this.parts = parts;
		this.fresh = fresh;
		this.shared = shared;
	}

	Citizen citizen() {
		if (citizen == null) {
			citizen = enroll();
		}
		return citizen;
	}

	Citizen otherCitizen() {
		if (otherCitizen == null) {
			otherCitizen = enroll();
		}
		return otherCitizen;
	}

	/** The citizen whose credentials {@code who} presents, or null for staff and anonymous visitors. */
	Citizen credentialsOf(Who who) {
		return who == Who.CITIZEN ? citizen() : who == Who.OTHER_CITIZEN ? otherCitizen() : null;
	}

	/** The unsubscribe link token {@code who} holds: their own, so another citizen's is not the resource's. */
	String unsubscribeToken(Who who) {
		Citizen holder = credentialsOf(who);
		return holder == null ? "" : parts.consent().unsubscribeToken(UUID.fromString(holder.id()));
	}

	PageSession session(Who who) {
		boolean own = shared == null || fresh == Fresh.SESSIONS || (fresh == Fresh.CITIZENS && who.isCitizen());
		return own ? sessions.computeIfAbsent(who, this::open) : shared.session(who);
	}

	private PageSession open(Who who) {
		PageSession session = new PageSession(parts.root());
		if (who.isCitizen()) {
			signIn(session, credentialsOf(who).email());
		}
		else if (who.isStaff()) {
			String[] account = Caller.STAFF.get(who);
			session.signInAsStaff(account[0], account[1]);
		}
		// The last page read gives the CSRF token a browser would send with a form: signing in changed it.
		session.get(who.isCitizen() ? "/account" : who.isStaff() ? "/staff" : "/signin");
		return session;
	}

	private void signIn(PageSession session, String email) {
		session.get("/signin");
		session.post("/signin", "email", email);
		String token = await().atMost(Duration.ofSeconds(20))
			.until(() -> parts.inbox().takeSignInToken(email), Optional::isPresent)
			.orElseThrow();
		session.get("/signin/link?t=" + token);
		session.post("/signin/link", "t", token);
	}

	private Citizen enroll() {
		int n = SERIAL.incrementAndGet();
		String email = "matrix" + n + "@example.org";
		Api.Response enrolled = parts.api().enrollUnverified(Api.json("email", email, "phone",
				String.format("+2237610%04d", n), "channels", List.of("EMAIL", "SMS"), "locations",
				List.of(Api.json("country", "ML"))));
		check(enrolled, 201);
		return new Citizen(enrolled.body().get("id").asText(), enrolled.body().get("token").asText(), email);
	}

	/** An alert of the Bamako post, sent (no one is enrolled for it to reach but the fixtures' citizens). */
	String alert() {
		return alerts.computeIfAbsent("ISSUED", status -> issue("MODERATE"));
	}

	/** An alert of the Bamako post whose audience has been found, so that it may be updated. */
	String reachedAlert() {
		String id = alert();
		await().atMost(Duration.ofSeconds(20)).until(() -> parts.api().alert(id).body().at("/progress/fanOut").asText(),
				"COMPLETE"::equals);
		return id;
	}

	/** An alert of the Bamako post, cancelled by its officer. */
	String cancelledAlert() {
		return alerts.computeIfAbsent("CANCELLED", status -> {
			String id = issue("MODERATE");
			check(parts.api().post("/api/v1/alerts/" + id + "/cancel", Api.staff("duty-officer", "beacon-dev")), 200);
			return id;
		});
	}

	/** The CAP document of an alert, as the public feed serves it. */
	String capOf(String id) {
		return parts.api().getText("/cap/alerts/" + id + ".xml").getBody();
	}

	/** Mali's advisory, read from the feed once. */
	String advisory() {
		return alerts.computeIfAbsent("ADVISORY", status -> {
			check(parts.api().postFeed(Feeds.rss(Feeds.mali(2, "<p>Exercise increased caution.</p>"))), 200);
			return "ML";
		});
	}

	/** Lets the minute pass after which a citizen may ask for another code or link. */
	MatrixFixtures afterAMinute() {
		parts.clock().advance(Duration.ofSeconds(61));
		return this;
	}

	/** A unique address for a request that enrolls or asks for a link. */
	static String newEmail() {
		return "matrix-new" + SERIAL.incrementAndGet() + "@example.org";
	}

	/** An EXTREME alert of the Bamako post, held until a second person approves it. */
	String heldAlert() {
		return alerts.computeIfAbsent("PENDING_APPROVAL", status -> issue("EXTREME"));
	}

	/** An alert the advisory feed proposed and policy held for review: Mali lowered from 4 to 1 at once. */
	String reviewAlert() {
		return alerts.computeIfAbsent("PENDING_REVIEW", status -> {
			check(parts.api().postFeed(Feeds.rss(Feeds.mali(4, "<p>Do not travel to Mali.</p>"))), 200);
			check(parts.api().postFeed(Feeds.rss(Feeds.mali(1, "<p>Exercise normal precautions.</p>"))), 200);
			return await().atMost(Duration.ofSeconds(20)).until(() -> parts.jdbc().queryForList(
					"SELECT id::text FROM alert WHERE status = 'PENDING_REVIEW' ORDER BY issued_at DESC LIMIT 1",
					String.class), found -> !found.isEmpty()).get(0);
		});
	}

	private String issue(String severity) {
		Api.Response issued = parts.api().issueAlert(alertRequest(severity));
		check(issued, 202);
		return issued.body().get("id").asText();
	}

	static Map<String, Object> alertRequest(String severity) {
		return Api.json("type", "DEMONSTRATION_ALERT", "severity", severity, "title", "Demonstration downtown",
				"body", "Avoid the area on Saturday.", "area", Api.json("countries", List.of("ML")), "channels",
				List.of("EMAIL", "SMS"));
	}

	/**
	 * A check-in of the Bamako post, started by its officer by SMS, that a citizen enrolled in Mali for it (none of the
	 * principals) answered "2 ..." by a signed SMS reply: its help queue holds their open case.
	 */
	HelpCase helpCase() {
		if (helpCase == null) {
			int n = SERIAL.incrementAndGet();
			String phone = String.format("+2237620%04d", n);
			Api.Response enrolled = parts.api().enroll(Api.json("email", "matrix-help" + n + "@example.org", "phone",
					phone, "channels", List.of("SMS"), "locations", List.of(Api.json("country", "ML"))));
			check(enrolled, 201);
			String checkIn = parts.checkIns().startAndNeedHelp(phone, "trapped at home with two children");
			helpCase = new HelpCase(checkIn, enrolled.body().get("id").asText());
			Integer cases = parts.jdbc().queryForObject(
					"SELECT count(*) FROM help_case WHERE checkin_id = ?::uuid AND subscriber_id = ?::uuid",
					Integer.class, helpCase.checkIn(), helpCase.subscriber());
			if (cases == null || cases != 1) {
				throw new IllegalStateException("Fixture not made: no help case in check-in " + checkIn);
			}
		}
		return helpCase;
	}

	/** The check-in of {@link #helpCase()}, open. */
	String checkIn() {
		return helpCase().checkIn();
	}

	/** {@link #helpCase()}, taken by the crisis officer of the post. */
	HelpCase takenHelpCase() {
		HelpCase taken = helpCase();
		if (!helpCaseTaken) {
			check(parts.api().post("/api/v1/checkins/" + taken.checkIn() + "/help/" + taken.subscriber() + "/take",
					Api.staff(CRISIS_OFFICER, Api.PASSWORD)), 200);
			helpCaseTaken = true;
		}
		return taken;
	}

	/**
	 * The path of the "I am safe" link of {@link #checkIn()}'s email for {@link #citizen()}, with the token {@code who}
	 * holds: each citizen the one Beacon signed for their own link (so another citizen's is not this link's), anyone
	 * else one they made up.
	 */
	String safeLink(Who who) {
		String checkIn = checkIn();
		Citizen holder = credentialsOf(who);
		String token = FORGED_TOKEN;
		if (holder != null) {
			Instant deadline = parts.jdbc()
				.queryForObject("SELECT deadline FROM checkin WHERE id = ?::uuid", Timestamp.class, checkIn)
				.toInstant();
			String link = parts.answerLinks().url(UUID.fromString(checkIn), UUID.fromString(holder.id()),
					SafetyAnswer.SAFE, deadline, Locale.ENGLISH);
			String path = URI.create(link).getPath();
			token = path.substring(path.lastIndexOf('/') + 1);
		}
		return "/checkin/" + checkIn + "/" + citizen().id() + "/safe/" + token;
	}

	/** A staff account of the Bamako post that no principal signs in with: the one administered. */
	String account() {
		if (account == null) {
			account = "matrix-" + SERIAL.incrementAndGet();
			parts.jdbc().update("""
					INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
					VALUES (?, 'Matrix target', '{noop}unused-password', 'embassy-bamako', '{OFFICER}')""", account);
		}
		return account;
	}

	/** A post no principal belongs to: the one administered. */
	String post() {
		if (post == null) {
			post = "matrix-post-" + SERIAL.incrementAndGet();
			parts.jdbc().update("INSERT INTO post (id, name) VALUES (?, 'Matrix post')", post);
		}
		return post;
	}

	private static void check(Api.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("Fixture not made (" + response.status() + "): " + response.body());
		}
	}
}
