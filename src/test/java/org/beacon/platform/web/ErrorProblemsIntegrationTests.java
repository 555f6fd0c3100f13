package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.support.RawHttp.assertProblem;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.UUID;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the fuzzing found at the API's addresses, kept as fixed examples: every refusal is problem+json, whatever the
 * client accepts and wherever it is refused, never a 500; and a call refused for what it accepts changes nothing.
 */
class ErrorProblemsIntegrationTests extends BeaconIntegrationTest {

	private static final String FORM = "application/x-www-form-urlencoded";

	@LocalServerPort
	int port;

	RawHttp raw;

	@BeforeEach
	void client() {
		raw = new RawHttp(port);
	}

	@Test
	void aParameterNameTheFirewallRefusesIsABadRequestNotAServerError() {
		assertProblem(raw.send(raw.request("/webhooks/twilio/status").header("Content-Type", FORM)
			.POST(BodyPublishers.ofString("%EF%BF%BF=x&MessageSid=SM1"))), 400);
	}

	@Test
	void aWildcardContentTypeIsUnsupportedNotAServerError() {
		assertProblem(raw.send(raw.request("/api/v1/subscribers").header("Content-Type", "application/*")
			.POST(BodyPublishers.ofString("{}"))), 415);
	}

	@Test
	void aMultipartBodyIsNotReadEvenWithoutItsBoundary() {
		assertProblem(raw.send(raw.request("/webhooks/twilio/inbound").header("Content-Type", "multipart/form-data")
			.POST(BodyPublishers.ofString("Body=STOP"))), 403);
	}

	@Test
	void anAddressThatIsNotUtf8IsRefusedAsAProblem() {
		assertProblem(raw.send(raw.request("/api/v1/alerts/%ED%A0%80").GET()), 400);
		assertProblem(raw.send(raw.request("/api/v1/alerts/" + "A".repeat(10_000)).GET()), 400);
	}

	@Test
	void aProblemIsJsonWhateverTheClientAccepts() {
		String staff = Api.staff(Api.OFFICER, Api.PASSWORD).getFirst("Authorization");

		assertProblem(raw.send(raw.request("/api/v1/alerts/not-an-id").header("Authorization", staff)
			.header("Accept", "application/xml").GET()), 400);
		assertProblem(raw.send(raw.request("/cap/alerts/" + UUID.randomUUID() + ".xml").header("Accept", ";;;")
			.GET()), 406);
	}

	@Test
	void anEnrollmentThatAcceptsNoJsonIsRefusedBeforeItIsStored() {
		String enrollment = """
				{"email": "xml@example.org", "channels": ["EMAIL"], "locations": [{"country": "ML"}]}""";
		for (String accept : new String[] { "application/xml", ";;;" }) {
			assertProblem(raw.send(raw.request("/api/v1/subscribers").header("Content-Type", "application/json")
				.header("Accept", accept).POST(BodyPublishers.ofString(enrollment))), 406);
		}

		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isZero();
	}

	@Test
	void aCapDocumentThatIsNotPublishedIsAProblem() {
		assertProblem(raw.send(raw.request("/cap/alerts/" + UUID.randomUUID() + ".xml").GET()), 404);
		assertProblem(raw.send(raw.request("/cap/alerts/" + UUID.randomUUID() + "/cancel.xml").GET()), 404);
	}
}
