package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** RFC 8058 one-click unsubscribe, and suppression of addresses that fail for good. */
class EmailUnsubscribeIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	EmailConsent consent;

	@Autowired
	SubscribersProperties properties;

	@Test
	void aOneClickPostFromTheEmailsHeaderStopsEmailAlertsAtOnce() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		pipeline.enroll("leaving@example.org", "+22376000110", Api.json("country", "ML"));
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "First", List.of("EMAIL")), 1);
		MimeMessage email = SMTP.getReceivedMessages()[0];

		String header = email.getHeader("List-Unsubscribe")[0];
		assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(header).contains("<mailto:unsubscribe@beacon.localhost?subject=unsubscribe%20");
		URI link = URI.create(header.substring(1, header.indexOf('>')));
		String path = link.getPath() + "?" + link.getQuery();

		ResponseEntity<String> page = http.getForEntity(path, String.class);
		assertThat(page.getBody()).contains("Unsubscribe from email alerts");
		HttpHeaders form = new HttpHeaders();
		form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> oneClick = http.postForEntity(path, new HttpEntity<>("List-Unsubscribe=One-Click", form),
				String.class);
		assertThat(oneClick.getStatusCode().value()).isEqualTo(200);

		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "Second", List.of("EMAIL", "SMS")),
				1);
		assertThat(SMTP.getReceivedMessages()).hasSize(1);
		assertThat(TWILIO.messagesTo("+22376000110")).hasSize(1);
	}

	@Test
	void aForgedLinkUnsubscribesNobody() {
		String id = new Pipeline(api()).enroll("staying@example.org", "+22376000111", Api.json("country", "ML"));

		ResponseEntity<String> page = http.getForEntity("/unsubscribe/" + id + "?t=forged", String.class);
		ResponseEntity<String> forged = http.postForEntity("/unsubscribe/" + id + "?t=forged", null, String.class);

		assertThat(page.getStatusCode().value()).isEqualTo(404);
		assertThat(forged.getStatusCode().value()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE email_opted_out_at IS NULL", Long.class))
			.isEqualTo(1);
	}

	@Test
	void theLinkOfAnAlertEmailWorksForItsValidityThenPointsToSignIn() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		String id = pipeline.enroll("late-reader@example.org", "+22376000113", Api.json("country", "ML"));
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "First", List.of("EMAIL")), 1);
		String header = SMTP.getReceivedMessages()[0].getHeader("List-Unsubscribe")[0];
		URI link = URI.create(header.substring(1, header.indexOf('>')));
		String path = link.getPath() + "?" + link.getQuery();
		Duration validity = properties.unsubscribeLinkValidity();
		assertThat(validity).as("the default: emails are read late").isEqualTo(Duration.ofDays(90));

		clock.advance(validity.minusHours(1));
		assertThat(http.getForEntity(path, String.class).getBody()).as("read late, but in time")
			.contains("Unsubscribe from email alerts");
		clock.advance(Duration.ofHours(1));

		ResponseEntity<String> page = http.getForEntity(path, String.class);
		ResponseEntity<String> oneClick = http.postForEntity(path, oneClick(), String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(404);
		assertThat(oneClick.getStatusCode().value()).isEqualTo(404);
		assertThat(page.getBody()).contains("This unsubscribe link does not work", "href=\"/signin\"")
			.doesNotContain("<form method=\"post\" action=\"/unsubscribe");
		assertThat(optedOut(id)).isFalse();
		assertThat(main(http.getForEntity("/unsubscribe/" + id + "?t=forged", String.class)))
			.as("the same page as a forged link").isEqualTo(main(page));
	}

	@Test
	void aLinkWhoseExpiryWasMovedLaterDoesNotWork() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		String id = pipeline.enroll("tinkerer@example.org", "+22376000114", Api.json("country", "ML"));
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "First", List.of("EMAIL")), 1);
		String header = SMTP.getReceivedMessages()[0].getHeader("List-Unsubscribe")[0];
		URI link = URI.create(header.substring(1, header.indexOf('>')));
		String token = link.getQuery().substring("t=".length());
		long expiry = Long.parseLong(token.substring(0, token.indexOf('.')));
		String later = (expiry + Duration.ofDays(3650).toSeconds()) + token.substring(token.indexOf('.'));
		clock.advance(properties.unsubscribeLinkValidity().plusDays(1));

		ResponseEntity<String> moved = http.postForEntity(link.getPath() + "?t=" + later, oneClick(), String.class);

		assertThat(moved.getStatusCode().value()).isEqualTo(404);
		assertThat(optedOut(id)).isFalse();
	}

	@Test
	void aMalformedLinkAnswersTheSamePage() {
		String id = new Pipeline(api()).enroll("cut-short@example.org", "+22376000115", Api.json("country", "ML"));
		ResponseEntity<String> forged = http.getForEntity("/unsubscribe/" + id + "?t=forged", String.class);

		for (String path : List.of("/unsubscribe/" + id, "/unsubscribe/" + id + "?t=", "/unsubscribe/not-an-id?t=x",
				"/unsubscribe/" + id + "?t=123.abc")) {
			ResponseEntity<String> page = http.getForEntity(path, String.class);
			assertThat(page.getStatusCode().value()).as(path).isEqualTo(404);
			assertThat(main(page)).as(path).isEqualTo(main(forged));
			assertThat(http.postForEntity(path, oneClick(), String.class).getStatusCode().value()).as(path)
				.isEqualTo(404);
		}
		assertThat(optedOut(id)).isFalse();
	}

	private static HttpEntity<String> oneClick() {
		HttpHeaders form = new HttpHeaders();
		form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		return new HttpEntity<>("List-Unsubscribe=One-Click", form);
	}

	/** What the page says, without the frame around it (which carries a CSRF token of its own). */
	private static String main(ResponseEntity<String> page) {
		String html = page.getBody();
		return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
	}

	private boolean optedOut(String id) {
		return jdbc.queryForObject("SELECT email_opted_out_at IS NOT NULL FROM subscriber WHERE id = ?::uuid",
				Boolean.class, id);
	}

	@Test
	void aSuppressedAddressGetsNoMoreAlerts() {
		Pipeline pipeline = new Pipeline(api());
		pipeline.enroll("bounced@example.org", "+22376000112", Api.json("country", "ML"));

		consent.suppress("bounced@example.org", "smtp:550: no such user");

		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "After", List.of("EMAIL", "SMS")),
				1);
		assertThat(SMTP.getReceivedMessages()).isEmpty();
	}
}
