package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
	void aSuppressedAddressGetsNoMoreAlerts() {
		Pipeline pipeline = new Pipeline(api());
		pipeline.enroll("bounced@example.org", "+22376000112", Api.json("country", "ML"));

		consent.suppress("bounced@example.org", "smtp:550: no such user");

		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "After", List.of("EMAIL", "SMS")),
				1);
		assertThat(SMTP.getReceivedMessages()).isEmpty();
	}
}
