package org.beacon.support.fuzz;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.beacon.support.Api;
import org.beacon.support.Feeds;
import org.beacon.support.ProviderVerifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the fuzzed requests need to get past the first check: a verified citizen (its id, management token,
 * unsubscribe token and a signed-in session), alerts in each state, a post and a staff account of the test's own (so
 * that the seeded ones are never changed), staff sessions, documents to mutate, and a secret file for XXE to reach.
 */
public record Fixtures(Map<String, List<String>> ids, Map<String, List<String>> fields,
		Map<String, List<String>> undeclared, List<String> templates, Path secret, String secretText,
		List<Visitor> programs, List<Visitor> browsers) {

	private static final String CITIZEN = "fuzz-citizen@example.org";

	private static final String PHONE = "+22376000900";

	/**
	 * Makes the data through the API and the pages, as people would.
	 *
	 * @param idle waits until the pipeline has sent what the alerts set off (so a delivery has Twilio's id)
	 */
	public static Fixtures make(String root, Api api, ProviderVerifier inbox, JdbcTemplate jdbc,
			java.util.function.Function<UUID, String> unsubscribeToken, Runnable idle) throws Exception {
		Api.Response enrolled = api.enroll(Api.json("email", CITIZEN, "phone", PHONE, "channels", List.of("EMAIL", "SMS"),
				"locations", List.of(Api.json("country", "ML"))));
		String citizen = enrolled.body().get("id").asText();
		String token = enrolled.body().get("token").asText();
		Visitor signedIn = Visitor.browser("session citizen", root);
		signedIn.read("/signin");
		signedIn.postForm("/signin", Map.of("email", CITIZEN));
		signedIn.signInWithLink(await().atMost(Duration.ofSeconds(20))
			.until(() -> inbox.takeSignInToken(CITIZEN), Optional::isPresent).orElseThrow());

		String issued = alert(api, "SEVERE");
		String held = alert(api, "EXTREME");
		String cancelled = alert(api, "MODERATE");
		api.post("/api/v1/alerts/" + cancelled + "/cancel", Api.staff(Api.OFFICER, Api.PASSWORD));
		String cap = api.getText("/cap/alerts/" + issued + ".xml").getBody();
		idle.run();

		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String post = "fuzz-post-" + suffix;
		String account = "fuzz-officer-" + suffix;
		jdbc.update("INSERT INTO post (id, name) VALUES (?, 'Fuzz post')", post);
		jdbc.update("INSERT INTO post_country (post_id, country) VALUES (?, 'FR')", post);
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				SELECT ?, 'Fuzz officer', password_hash, ?, '{OFFICER}' FROM staff_member WHERE username = ?""",
				account, post, Api.OFFICER);

		String secretText = "FUZZ-SECRET-" + UUID.randomUUID();
		Path secret = Files.createTempFile("beacon-fuzz-", ".txt");
		Files.writeString(secret, secretText);
		secret.toFile().deleteOnExit();

		Map<String, List<String>> ids = new HashMap<>();
		List<String> alerts = List.of(issued, held, cancelled);
		for (String segment : List.of("alerts/id", "approvals/id", "review/id")) {
			ids.put(segment, alerts);
		}
		ids.put("subscribers/id", List.of(citizen));
		ids.put("unsubscribe/id", List.of(citizen));
		ids.put("posts/id", List.of(post));
		ids.put("accounts/username", List.of(account));
		ids.put("advisories/country", List.of("ML", "FR"));
		ids.put("channel", List.of("email", "phone"));
		ids.put("index", List.of("0", "1"));

		String rss = Feeds.rss(Feeds.mali(3, "<p>Reconsider travel.</p>"));
		Map<String, List<String>> fields = new HashMap<>();
		fields.put("t", List.of(unsubscribeToken.apply(UUID.fromString(citizen)), "expired-token"));
		fields.put("token", List.of(token));
		fields.put("postid", List.of(post, "embassy-bamako"));
		// The staff page's pasted feed is read by the same parser as the API's: an external entity there too.
		String entity = rss.replace("<rss", "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><rss")
			.replace("<title>Mali", "<title>&xxe; Mali");
		fields.put("document", List.of(rss, "{\"items\": []}", entity));
		String sid = jdbc.queryForList("SELECT provider_id FROM delivery WHERE provider_id IS NOT NULL", String.class)
			.stream().findFirst().orElse("SM0");
		fields.put("messagesid", List.of(sid, "SM" + "0".repeat(32)));
		fields.put("from", List.of(PHONE));
		fields.put("to", List.of(PHONE));
		fields.put("body", List.of("STOP", "START", "HELP"));
		fields.put("roles", List.of("OFFICER", "APPROVER", "ADMIN"));

		Map<String, List<String>> undeclared = Map.of("/webhooks/twilio/status",
				List.of("MessageSid", "MessageStatus", "ErrorCode", "To"), "/webhooks/twilio/inbound",
				List.of("From", "Body", "To"));

		// The officer and the administrator three times, the citizen twice: their requests get furthest.
		Visitor officer = Visitor.basic(root, Api.OFFICER, Api.PASSWORD);
		Visitor admin = Visitor.basic(root, Api.ADMIN, Api.PASSWORD);
		Visitor owner = Visitor.program("citizen token", root, Map.of("Authorization", "Bearer " + token));
		List<Visitor> programs = List.of(Visitor.program("anonymous", root, Map.of()), officer, officer, officer,
				Visitor.basic(root, "approver", Api.PASSWORD), admin, admin, admin, owner, owner,
				Visitor.basic(root, "nobody-" + suffix, "wrong"),
				Visitor.program("garbage authorization", root, Map.of("Authorization", "Bearer")));
		List<Visitor> browsers = List.of(Visitor.browser("session anonymous", root), signedIn,
				Visitor.staff(root, Api.OFFICER, Api.PASSWORD), Visitor.staff(root, "approver", Api.PASSWORD),
				Visitor.staff(root, Api.ADMIN, Api.PASSWORD));
		return new Fixtures(ids, fields, undeclared, List.of(cap, rss), secret, secretText, programs, browsers);
	}

	private static String alert(Api api, String severity) {
		Api.Response response = api.issueAlert(Api.json("type", "SECURITY_ALERT", "severity", severity, "title",
				"Curfew in Mopti", "body", "Stay indoors after 8 p.m.", "area",
				Api.json("countries", List.of("ML"), "regions", List.of("ML-5")), "channels", List.of("EMAIL", "SMS")));
		if (response.status() != 202) {
			throw new IllegalStateException("Could not issue a " + severity + " alert: " + response.body());
		}
		return response.body().get("id").asText();
	}
}
