package org.beacon.platform.security.matrix;

import static org.beacon.platform.security.matrix.Call.form;
import static org.beacon.platform.security.matrix.Call.get;
import static org.beacon.platform.security.matrix.Call.page;
import static org.beacon.platform.security.matrix.Call.post;
import static org.beacon.platform.security.matrix.Call.send;
import static org.beacon.platform.security.matrix.Call.webhook;
import static org.beacon.platform.security.matrix.Call.xml;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.beacon.support.Feeds;

/**
 * Who may do what: every endpoint of Beacon with the outcome each principal must get, in the order of {@link Who}'s
 * columns (anonymous, the citizen, another citizen, an officer of another post, officer, approver, admin, crisis
 * officer, crisis officer of another post). An outcome is a status, and for a redirect where it leads.
 * {@code →/staff/login} and {@code →/signin} mean "sign in first".
 */
final class AuthorizationMatrix {

	/** Whether a request changes what it acts on, so that each principal needs fresh resources. */
	enum Fresh {
		/** It changes nothing: one set of resources serves the row. */
		NO,
		/** A principal it is expected to succeed for acts on resources of their own. */
		PER_CELL,
		/** As {@link #PER_CELL}, and citizens sign in afresh: the request changes their enrollment or session. */
		CITIZENS,
		/** As {@link #PER_CELL}, and staff sign in afresh: the request signs them out or in. */
		SESSIONS
	}

	record Row(String endpoint, Fresh fresh, BiFunction<MatrixFixtures, Who, Call> call, List<String> expected) {
	}

	static final String ENROLL_JSON = """
			{"email":"%s","phone":"+22376100999","channels":["EMAIL","SMS"],"locations":[{"country":"ML"}]}""";

	static final String ALERT_JSON = """
			{"type":"DEMONSTRATION_ALERT","severity":"MODERATE","title":"Demonstration downtown",
			 "body":"Avoid the area.","area":{"countries":["ML"]},"channels":["EMAIL","SMS"]}""";

	private static final Map<String, Row> ROWS = new LinkedHashMap<>();

	static Map<String, Row> rows() {
		return ROWS;
	}

	private static void row(String endpoint, Fresh fresh, Function<MatrixFixtures, Call> call, String expected) {
		rowAs(endpoint, fresh, (fixtures, who) -> call.apply(fixtures), expected);
	}

	private static void rowAs(String endpoint, Fresh fresh, BiFunction<MatrixFixtures, Who, Call> call,
			String expected) {
		List<String> outcomes = Arrays.asList(expected.trim().split("\\s+"));
		if (outcomes.size() != Who.values().length) {
			throw new IllegalArgumentException(endpoint + ": " + outcomes.size() + " outcomes");
		}
		if (ROWS.put(endpoint, new Row(endpoint, fresh, call, outcomes)) != null) {
			throw new IllegalArgumentException("Two rows for " + endpoint);
		}
	}

	private static String subscriber(MatrixFixtures f) {
		return "/api/v1/subscribers/" + f.citizen().id();
	}

	private static Call resendCode(MatrixFixtures f) {
		String path = subscriber(f) + "/verification/phone/resend";
		// Enrolling sent a code, and a citizen may ask for another only a minute later.
		f.afterAMinute();
		return post(path, "{}");
	}

	private static String alertPage(String id) {
		return "/staff/alerts/" + id;
	}

	private static final String[] ENROLL_FORM = { "email", "", "phoneCountry", "ML", "phoneNumber", "76 10 09 99",
			"locale", "en", "channels", "EMAIL", "channels", "SMS", "places[0].country", "ML", "consent", "true" };

	private static String[] enrollForm(String email, String... more) {
		String[] fields = Arrays.copyOf(ENROLL_FORM, ENROLL_FORM.length + more.length);
		fields[1] = email;
		System.arraycopy(more, 0, fields, ENROLL_FORM.length, more.length);
		return fields;
	}

	private static final String[] COMPOSE_FORM = { "type", "DEMONSTRATION_ALERT", "severity", "MODERATE", "title",
			"Demonstration downtown", "body", "Avoid the area.", "areaKind", "COUNTRIES", "countries", "ML",
			"channels", "EMAIL", "channels", "SMS" };

	static {
		// The citizen API: a management token is the only credential, and staff have no business there.
		row("POST /api/v1/subscribers", Fresh.NO, f -> post("/api/v1/subscribers",
				ENROLL_JSON.formatted(MatrixFixtures.newEmail())), "201 201 201 201 201 201 201 201 201");
		row("GET /api/v1/subscribers/{id}", Fresh.NO, f -> get(subscriber(f)), "401 200 404 401 401 401 401 401 401");
		row("PUT /api/v1/subscribers/{id}", Fresh.PER_CELL, f -> send("PUT", subscriber(f),
				ENROLL_JSON.formatted(f.citizen().email())), "401 200 404 401 401 401 401 401 401");
		row("DELETE /api/v1/subscribers/{id}", Fresh.PER_CELL, f -> send("DELETE", subscriber(f), null),
				"401 204 404 401 401 401 401 401 401");
		row("POST /api/v1/subscribers/{id}/verification/phone", Fresh.PER_CELL,
				f -> post(subscriber(f) + "/verification/phone", "{\"code\":\"000000\"}"), "401 422 404 401 401 401 401 401 401");
		row("POST /api/v1/subscribers/{id}/verification/{channel:email|phone}/resend", Fresh.PER_CELL,
				AuthorizationMatrix::resendCode, "401 202 404 401 401 401 401 401 401");
		row("POST /api/v1/subscribers/verification/email", Fresh.NO,
				f -> post("/api/v1/subscribers/verification/email", "{\"token\":\"not-a-token\"}"), "422 422 422 422 422 422 422 422 422");

		// Advisories: public to read; the feed and its reports are the administrator's.
		row("GET /api/v1/advisories", Fresh.NO, f -> get("/api/v1/advisories"), "200 200 200 200 200 200 200 200 200");
		row("GET /api/v1/advisories/{country}", Fresh.NO, f -> get("/api/v1/advisories/" + f.advisory()),
				"200 200 200 200 200 200 200 200 200");
		row("GET /api/v1/advisories/notices", Fresh.NO, f -> get("/api/v1/advisories/notices"), "200 200 200 200 200 200 200 200 200");
		row("GET /api/v1/advisories/ingests", Fresh.NO, f -> get("/api/v1/advisories/ingests"), "401 401 401 403 403 403 200 403 403");
		row("POST /api/v1/advisories/feed", Fresh.NO, f -> xml("/api/v1/advisories/feed",
				Feeds.rss(Feeds.mali(2, "<p>Exercise increased caution.</p>"))), "401 401 401 403 403 403 200 403 403");

		// Alerts: staff of the post only; issuing is an officer's, deciding an approver's.
		row("GET /api/v1/alerts", Fresh.NO, f -> get("/api/v1/alerts"), "401 401 401 200 200 200 200 200 200");
		row("GET /api/v1/alerts/{id}", Fresh.NO, f -> get("/api/v1/alerts/" + f.alert()), "401 401 401 404 200 200 200 200 404");
		row("GET /api/v1/alerts/pending-approval", Fresh.NO, f -> get("/api/v1/alerts/pending-approval"),
				"401 401 401 200 200 200 200 200 200");
		row("POST /api/v1/alerts", Fresh.NO, f -> post("/api/v1/alerts", ALERT_JSON), "401 401 401 403 202 403 403 403 403");
		row("POST /api/v1/alerts/audience-estimate", Fresh.NO, f -> post("/api/v1/alerts/audience-estimate",
				"{\"area\":{\"countries\":[\"ML\"]},\"channels\":[\"EMAIL\"]}"), "401 401 401 403 200 200 200 200 403");
		rowAs("POST /api/v1/alerts/cap", Fresh.NO, (f, who) -> new Call("POST", "/api/v1/alerts/cap", false,
				"application/cap+xml", List.of(f.capOf(f.alert()))), "401 401 401 403 202 403 403 403 403");
		row("POST /api/v1/alerts/{id}/update", Fresh.PER_CELL, f -> post("/api/v1/alerts/" + f.reachedAlert() + "/update",
				"{\"title\":\"Demonstration moved\",\"body\":\"Now at the stadium.\"}"), "401 401 401 404 202 403 403 403 403");
		row("POST /api/v1/alerts/{id}/cancel", Fresh.PER_CELL, f -> post("/api/v1/alerts/" + f.alert() + "/cancel",
				""), "401 401 401 404 200 200 200 403 403");
		row("POST /api/v1/alerts/{id}/approval", Fresh.PER_CELL, f -> post("/api/v1/alerts/" + f.heldAlert()
				+ "/approval", "{\"decision\":\"APPROVE\"}"), "401 401 401 403 403 200 200 403 403");
		row("POST /api/v1/alerts/{id}/approve", Fresh.PER_CELL, f -> post("/api/v1/alerts/" + f.reviewAlert()
				+ "/approve", ""), "401 401 401 403 403 200 200 403 403");
		row("POST /api/v1/alerts/{id}/discard", Fresh.PER_CELL, f -> post("/api/v1/alerts/" + f.reviewAlert()
				+ "/discard", ""), "401 401 401 403 403 200 200 403 403");

		// CAP and Atom: public by design (alert ids are public).
		row("GET /cap/alerts.atom", Fresh.NO, f -> get("/cap/alerts.atom"), "200 200 200 200 200 200 200 200 200");
		row("GET /cap/alerts/{id}.xml", Fresh.NO, f -> get("/cap/alerts/" + f.alert() + ".xml"), "200 200 200 200 200 200 200 200 200");
		row("GET /cap/alerts/{id}/cancel.xml", Fresh.NO, f -> get("/cap/alerts/" + f.cancelledAlert()
				+ "/cancel.xml"), "200 200 200 200 200 200 200 200 200");

		// Webhooks: authenticated by Twilio's signature, which no principal has.
		row("POST /webhooks/twilio/status", Fresh.NO, f -> webhook("/webhooks/twilio/status", "MessageSid",
				"SM00000000000000000000000000000000", "MessageStatus", "delivered"), "403 403 403 403 403 403 403 403 403");
		row("POST /webhooks/twilio/inbound", Fresh.NO, f -> webhook("/webhooks/twilio/inbound", "From",
				"+22376100999", "Body", "STOP"), "403 403 403 403 403 403 403 403 403");
		row("POST /webhooks/twilio/voice/status", Fresh.NO, f -> webhook("/webhooks/twilio/voice/status", "CallSid",
				"CA00000000000000000000000000000000", "CallStatus", "completed"), "403 403 403 403 403 403 403 403 403");
		// The gather's address names the check-in and the citizen: whoever knows them still cannot answer for them.
		row("POST /webhooks/twilio/voice/gather", Fresh.NO, f -> webhook("/webhooks/twilio/voice/gather?checkIn="
				+ f.checkIn() + "&subscriber=" + f.helpCase().subscriber() + "&lang=en&attempt=1", "CallSid",
				"CA00000000000000000000000000000000", "Digits", "1"), "403 403 403 403 403 403 403 403 403");

		// Operations and API documentation.
		row("GET /actuator", Fresh.NO, f -> get("/actuator"), "401 401 401 200 200 200 200 200 200");
		row("GET /actuator/health", Fresh.NO, f -> get("/actuator/health"), "200 200 200 200 200 200 200 200 200");
		row("GET /actuator/health/**", Fresh.NO, f -> get("/actuator/health/liveness"), "200 200 200 200 200 200 200 200 200");
		row("GET /actuator/info", Fresh.NO, f -> get("/actuator/info"), "200 200 200 200 200 200 200 200 200");
		row("GET /v3/api-docs", Fresh.NO, f -> get("/v3/api-docs"), "200 200 200 200 200 200 200 200 200");
		row("GET /v3/api-docs.yaml", Fresh.NO, f -> get("/v3/api-docs.yaml"), "200 200 200 200 200 200 200 200 200");
		row("GET /v3/api-docs/swagger-config", Fresh.NO, f -> get("/v3/api-docs/swagger-config"), "200 200 200 200 200 200 200 200 200");
		row("GET /swagger-ui.html", Fresh.NO, f -> get("/swagger-ui.html"), "302→/swagger-ui/index.html 302→/swagger-ui/index.html 302→/swagger-ui/index.html 302→/swagger-ui/index.html 302→/swagger-ui/index.html 302→/swagger-ui/index.html 302→/swagger-ui/index.html 302→/swagger-ui/index.html 302→/swagger-ui/index.html");
		row("GET /error", Fresh.NO, f -> page("/error"), "404 404 404 404 404 404 404 404 404");

		CheckInRows.add();
		PublicPages.add();
		StaffPages.add();
	}

	/** Adds a row from the other tables: check-ins, pages. */
	static void pageRow(String endpoint, Fresh fresh, BiFunction<MatrixFixtures, Who, Call> call, String expected) {
		rowAs(endpoint, fresh, call, expected);
	}

	static String[] enrollFormFor(String email, String... more) {
		return enrollForm(email, more);
	}

	static String[] composeForm() {
		return COMPOSE_FORM.clone();
	}

	static String alertPath(String id) {
		return alertPage(id);
	}

	private AuthorizationMatrix() {
	}
}
