package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.beacon.support.Api;
import org.beacon.support.PageSession;
import org.beacon.support.Problems;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outbox finds one recipient's messages from their whole email address or phone number, however it is typed,
 * and shows them as each reader may read them (issue 14): part of {@link EmbeddedDefaultIntegrationTests}, on the
 * outbox it leaves (Amadou's 4 emails and 3 text messages, and those of a citizen who left).
 */
final class SandboxOutboxFilter {

	/** What staff type here, which no log line may hold. */
	static final String[] TYPED = { "AMADOU@Example.ORG", "00223 76 12 34 56", "76-12-34-56" };

	private SandboxOutboxFilter() {
	}

	static void findsOneRecipientTypedInFull(String root, Api api) {
		JsonNode adminEmails = messages(api, Api.ADMIN, Api.PASSWORD, TYPED[0]);
		assertThat(adminEmails.findValuesAsText("to")).hasSize(4).containsOnly("amadou@example.org");
		JsonNode officerEmails = messages(api, Api.OFFICER, Api.PASSWORD, TYPED[0]);
		assertThat(officerEmails.findValuesAsText("to")).hasSize(4).containsOnly("a***@example.org");
		assertThat(officerEmails.findValuesAsText("channel")).containsOnly("EMAIL");
		for (String phone : new String[] { TYPED[1], TYPED[2] }) {
			JsonNode texts = messages(api, Api.OFFICER, Api.PASSWORD, phone);
			assertThat(texts.findValuesAsText("to")).as(phone).hasSize(3).containsOnly("+223******56");
			assertThat(texts.findValuesAsText("channel")).as(phone).containsOnly("SMS");
		}
		assertThat(messages(api, Api.ADMIN, Api.PASSWORD, "76 00 00 01").findValuesAsText("to"))
			.isNotEmpty()
			.containsOnly("+22376000001");
		assertThat(messages(api, Api.OFFICER, Api.PASSWORD, "76 00 00 01"))
			.as("the messages of a citizen who left are the administrators' alone")
			.isEmpty();
		assertThat(messages(api, "paris-officer", EmbeddedDefaultIntegrationTests.PARIS_PASSWORD, TYPED[0])).isEmpty();
		assertThat(messages(api, Api.OFFICER, Api.PASSWORD, "a***@example.org"))
			.as("a masked address is no one's").isEmpty();
		Problems.assertInvalid(api.get("/api/v1/sandbox/messages?to=amadou", Api.staff(Api.OFFICER, Api.PASSWORD)),
				"to");
		Problems.assertInvalid(api.get("/api/v1/sandbox/messages?to=223******56", Api.staff(Api.OFFICER, Api.PASSWORD)),
				"to");

		PageSession officer = new PageSession(root).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		String phone = officer.get("/staff/sandbox?to=" + encoded(TYPED[2])).body();
		assertThat(phone).contains("3 messages to this recipient.", "+223******56", "value=\"76-12-34-56\"")
			.doesNotContain("a***@example.org", "email-frame", "+22376123456");
		assertThat(officer.get("/staff/sandbox?to=" + encoded(TYPED[0])).body())
			.contains("4 messages to this recipient.", "a***@example.org", "email-frame")
			.doesNotContain("+223******56", "amadou@example.org");
		assertThat(officer.get("/staff/sandbox?to=" + encoded("nobody@example.org")).body())
			.contains("No message to this recipient.", "None to this recipient.")
			.doesNotContain("email-frame", "class=\"bubble\"");
		assertThat(officer.get("/staff/sandbox?to=amadou").body())
			.contains("Type a whole email address or phone number", "aria-invalid=\"true\"")
			.doesNotContain("email-frame", "class=\"bubble\"");
	}

	private static JsonNode messages(Api api, String user, String password, String to) {
		Api.Response response = api.get("/api/v1/sandbox/messages?to=" + to, Api.staff(user, password));
		assertThat(response.status()).as(to).isEqualTo(200);
		return response.body();
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
