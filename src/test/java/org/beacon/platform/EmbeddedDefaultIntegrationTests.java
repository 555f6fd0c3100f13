package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.BeaconApplication;
import org.beacon.support.Api;
import org.beacon.support.PageSession;
import org.beacon.support.SandboxVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Beacon exactly as {@code mvn spring-boot:run} starts it, with nothing installed: the in-process Kafka broker, the
 * embedded PostgreSQL and the sandbox providers. Only ports and the data directory differ, so the test can run
 * beside others.
 */
class EmbeddedDefaultIntegrationTests {

	static final String PARIS_PASSWORD = "paris-officer-pass";

	@TempDir
	Path data;

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void deliversThroughTheSandboxesAndKeepsItsDataAcrossARestart(CapturedOutput output) throws Exception {
		String[] args = arguments();
		String subscriberId;
		String token;
		String alertId;
		try (ConfigurableApplicationContext beacon = start(args)) {
			Api api = api(beacon);
			Api.Response enrolled = api.enroll(Api.json("email", "amadou@example.org", "phone", "+223 76 12 34 56",
					"channels", List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML", "region", "ML-5"))));
			subscriberId = enrolled.body().get("id").asText();
			token = enrolled.body().get("token").asText();

			Api.Response issued = api.issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "SEVERE", "title",
					"Curfew in Mopti", "body", "Stay indoors after 8 p.m.", "area", Api.json("countries", List.of("ML")),
					"channels", List.of("EMAIL", "SMS")));
			assertThat(issued.status()).isEqualTo(202);
			alertId = issued.body().get("id").asText();

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
					api.alert(alertId).body().at("/progress/byChannel/SMS/DELIVERED").asInt()).isEqualTo(1));
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				JsonNode all = api.get("/api/v1/sandbox/messages", Api.staff(Api.ADMIN, Api.PASSWORD)).body();
				// The inbox also holds the verification link and code the citizen received when enrolling.
				com.fasterxml.jackson.databind.node.ArrayNode inbox = new com.fasterxml.jackson.databind.ObjectMapper()
					.createArrayNode();
				all.forEach(message -> {
					if (!message.path("body").asText().contains("verif")) {
						inbox.add(message);
					}
				});
				assertThat(inbox.findValuesAsText("channel")).containsExactlyInAnyOrder("SMS", "EMAIL");
				assertThat(inbox.findValuesAsText("to")).containsExactlyInAnyOrder("+22376123456", "amadou@example.org");
				assertThat(inbox.findValuesAsText("body")).allMatch(body -> body.contains("Curfew in Mopti"));
			});

			// On the same Beacon, which costs no start of its own: who reads what of the outbox, and how.
			outboxShowsEachStaffMemberOnlyWhatTheyMayRead(beacon, api);
			String root = "http://localhost:" + beacon.getEnvironment().getProperty("local.server.port");
			SandboxOutboxFrames.everyEmailRendersForWhoeverMayReadIt(root);
			SandboxOutboxFilter.findsOneRecipientTypedInFull(root, api);
			SandboxProviderSwitches.onlyAdministratorsMakeAProviderFail(root, api);
			assertThat(output.getAll()).as("what staff typed in the recipient filter is not logged")
				.doesNotContain(SandboxOutboxFilter.TYPED);
		}

		try (ConfigurableApplicationContext beacon = start(args)) {
			Api api = api(beacon);
			assertThat(api.subscriber(HttpMethod.GET, subscriberId, token, null).status()).isEqualTo(200);
			JsonNode progress = api.alert(alertId).body().get("progress");
			assertThat(progress.at("/byChannel/SMS/DELIVERED").asInt())
				.as("the sandbox reported the SMS delivered through a signed status callback").isEqualTo(1);
			assertThat(progress.at("/byChannel/EMAIL/SENT").asInt()).isEqualTo(1);
		}
	}

	/**
	 * The outbox hands no one a citizen's secrets (issue 13). Amadou enrolled for Mali and holds a verification code,
	 * a verification link, a sign-in link and two alerts, one of whose texts carries a link and a code of its own. An
	 * officer of the Paris post reads none of it, on the API, the page or an email's frame; Bamako's officer reads it
	 * all with the recipient masked and every code and link hidden; the administrator reads it as sent. The messages
	 * of a citizen who left are the administrator's alone.
	 */
	private static void outboxShowsEachStaffMemberOnlyWhatTheyMayRead(ConfigurableApplicationContext beacon, Api api) {
		JdbcTemplate jdbc = beacon.getBean(JdbcTemplate.class);
		jdbc.update("INSERT INTO post (id, name) VALUES ('embassy-paris', 'U.S. Embassy Paris')");
		jdbc.update("INSERT INTO post_country (post_id, country) VALUES ('embassy-paris', 'FR')");
		jdbc.update("""
				INSERT INTO staff_member (username, display_name, password_hash, post_id, roles)
				VALUES ('paris-officer', 'Paris officer', ?, 'embassy-paris', '{OFFICER}')""",
				beacon.getBean(PasswordEncoder.class).encode(PARIS_PASSWORD));
		String root = "http://localhost:" + beacon.getEnvironment().getProperty("local.server.port");

		Api.Response left = api.enrollUnverified(Api.json("email", "left@example.org", "phone", "+223 76 00 00 01",
				"channels", List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML"))));
		PageSession citizen = new PageSession(root);
		citizen.get("/signin");
		citizen.post("/signin", "email", "amadou@example.org");
		String token = "Zm9vYmFyYmF6cXV4cXV1eHh4eHh4eHh4eHh4eHh4eHh4";
		assertThat(api.issueAlert(Api.json("type", "SECURITY_ALERT", "severity", "SEVERE", "title", "Road closed",
				"body", "Sign in at " + root + "/signin/link?t=" + token + " and give the code 246810.", "area",
				Api.json("countries", List.of("ML")), "channels", List.of("EMAIL", "SMS"))).status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode all = outbox(api, Api.ADMIN, Api.PASSWORD);
			assertThat(all.findValuesAsText("body"))
				.filteredOn(body -> body.contains("Road closed") || body.contains("/signin/link?t="))
				.hasSize(3);
			assertThat(all.findValuesAsText("to")).contains("+22376000001", "left@example.org");
		});
		assertThat(api.subscriber(HttpMethod.DELETE, left.body().get("id").asText(),
				left.body().get("token").asText(), null).status()).isEqualTo(204);

		JsonNode admin = outbox(api, Api.ADMIN, Api.PASSWORD);
		assertThat(admin.findValuesAsText("to")).contains("+22376123456", "amadou@example.org", "+22376000001",
				"left@example.org");
		assertThat(String.join("\n", admin.findValuesAsText("body"))).containsPattern("verification code is \\d{6}")
			.contains("/verify/email?t=", "/signin/link?t=", token, "246810");

		JsonNode officer = outbox(api, Api.OFFICER, Api.PASSWORD);
		assertThat(officer).as("Amadou's 7 messages; none of the citizen who left").hasSize(7);
		assertThat(officer.findValuesAsText("to")).containsOnly("+223******56", "a***@example.org");
		assertThat(officer.toString()).doesNotContain("+22376123456", "amadou@example.org", "?t=", token, "246810");
		assertThat(String.join("\n", officer.findValuesAsText("body"))).doesNotContainPattern("(?<!\\d)\\d{6}(?!\\d)")
			.contains("verification code is [code hidden]", "[link hidden]", "Road closed");
		assertThat(api.get("/api/v1/sandbox/messages?to=22376", Api.staff(Api.ADMIN, Api.PASSWORD)).body())
			.as("the recipient filter takes a whole number, so it cannot spell out the real one").isEmpty();
		assertThat(api.get("/api/v1/sandbox/messages?to=22376", Api.staff(Api.OFFICER, Api.PASSWORD)).body()).isEmpty();

		assertThat(outbox(api, "paris-officer", PARIS_PASSWORD)).isEmpty();

		PageSession adminPage = new PageSession(root).signInAsStaff(Api.ADMIN, Api.PASSWORD);
		String adminOutbox = adminPage.get("/staff/sandbox").body();
		assertThat(adminOutbox).contains("+22376123456", "amadou@example.org", "246810", "left@example.org");
		Matcher frame = Pattern.compile("src=\"(/staff/sandbox/emails/\\d+)\"[^>]*title=\"Email: [^\"]*Road closed")
			.matcher(adminOutbox);
		assertThat(frame.find()).as("the frame of the alert email").isTrue();
		assertThat(adminPage.get(frame.group(1)).body()).contains(token, "246810");

		PageSession officerPage = new PageSession(root).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		String officerOutbox = officerPage.get("/staff/sandbox").body();
		assertThat(officerOutbox).contains("+223******56", "a***@example.org", "[code hidden]", "[link hidden]",
				"Road closed", frame.group(1))
			.doesNotContain("+22376123456", "amadou@example.org", "?t=", token, "246810", "l***@example.org");
		PageSession.Page officerFrame = officerPage.get(frame.group(1));
		assertThat(officerFrame.status()).isEqualTo(200);
		assertThat(officerFrame.body()).contains("Road closed", "[link hidden]", "[code hidden]")
			.doesNotContain(token, "246810");

		PageSession parisPage = new PageSession(root).signInAsStaff("paris-officer", PARIS_PASSWORD);
		assertThat(parisPage.get("/staff/sandbox").body()).doesNotContain("Curfew", "Road closed", "code is",
				"example.org", "/staff/sandbox/emails/");
		assertThat(parisPage.get(frame.group(1)).status()).isEqualTo(404);
	}

	private static JsonNode outbox(Api api, String user, String password) {
		Api.Response response = api.get("/api/v1/sandbox/messages", Api.staff(user, password));
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	String[] arguments() throws IOException {
		int port = freePort();
		return new String[] { "--server.port=" + port, "--beacon.public-url=http://localhost:" + port,
				"--beacon.embedded.data-dir=" + data,
				"--beacon.embedded.kafka.port=" + freePort(), "--beacon.embedded.kafka.controller-port=" + freePort(),
				"--beacon.sandbox.smtp-port=" + freePort(), "--beacon.sandbox.twilio-port=" + freePort(),
				"--beacon.sandbox.sns-port=" + freePort(), "--beacon.sandbox.ses-port=" + freePort() };
	}

	static ConfigurableApplicationContext start(String[] args) {
		return new SpringApplicationBuilder(BeaconApplication.class).run(args);
	}

	static Api api(ConfigurableApplicationContext beacon) {
		String port = beacon.getEnvironment().getProperty("local.server.port");
		return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)),
				new SandboxVerifier());
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
