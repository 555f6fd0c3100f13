package org.beacon.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Mails;
import org.beacon.support.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

/** Every alert email lets its reader leave: their own unsubscribe link and a link to manage alerts, in both parts. */
class AlertEmailLinksIntegrationTests extends BeaconIntegrationTest {

	@Value("${beacon.public-url}")
	String publicUrl;

	@Test
	void eachReaderFindsTheirOwnUnsubscribeLinkAndTheManageLinkInTheTextAndTheHtml() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		pipeline.enroll("english@example.org", "+22376000130", Api.json("country", "ML"));
		enrollInSpanish("spanish@example.org", "+22376000131");
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("EMAIL")), 2);

		MimeMessage english = emailTo("english@example.org");
		MimeMessage spanish = emailTo("spanish@example.org");
		String englishLink = unsubscribeHeader(english);
		assertThat(unsubscribeHeader(spanish)).isNotEqualTo(englishLink);

		assertThat(Mails.text(english).replace("\r\n", "\n")).contains("Stop email alerts: " + englishLink + "\n")
			.contains("Manage my alerts").contains(publicUrl + "/signin").doesNotContain("management token");
		Document englishHtml = Jsoup.parse(Mails.html(english));
		assertThat(englishHtml.select("a[href=" + englishLink + "]").text()).isEqualTo("Stop email alerts");
		assertThat(englishHtml.select("a[href=" + publicUrl + "/signin]").text()).isEqualTo("Manage my alerts");

		String spanishLink = unsubscribeHeader(spanish);
		assertThat(Mails.text(spanish).replace("\r\n", "\n"))
			.contains("Dejar de recibir alertas por correo: " + spanishLink + "\n").contains(publicUrl + "/signin");
		Document spanishHtml = Jsoup.parse(Mails.html(spanish));
		assertThat(spanishHtml.select("a[href=" + spanishLink + "]").text())
			.isEqualTo("Dejar de recibir alertas por correo");
		assertThat(spanishHtml.select("a[href=" + publicUrl + "/signin]").text()).isEqualTo("Gestionar mis alertas");

		for (MimeMessage message : List.of(english, spanish)) {
			assertThat(GreenMailUtil.getWholeMessage(message).split("\r\n"))
				.allSatisfy(line -> assertThat(line.length()).as("a line of the message").isLessThanOrEqualTo(998));
		}
	}

	@Test
	void theLinkInTheBodyStopsEmailAlertsLikeTheHeadersOne() throws Exception {
		Pipeline pipeline = new Pipeline(api());
		String id = pipeline.enroll("leaving@example.org", "+22376000132", Api.json("country", "ML"));
		pipeline.awaitSettled(pipeline.issue(Api.json("countries", List.of("ML")), "First", List.of("EMAIL")), 1);
		String link = Jsoup.parse(Mails.html(emailTo("leaving@example.org"))).select("a:contains(Stop email alerts)")
			.attr("href");
		URI uri = URI.create(link);

		assertThat(http.postForEntity(uri.getPath() + "?" + uri.getRawQuery(), null, String.class).getStatusCode()
			.value()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT email_opted_out_at IS NOT NULL FROM subscriber WHERE id = ?::uuid",
				Boolean.class, id)).isTrue();
	}

	private void enrollInSpanish(String email, String phone) {
		Api.Response enrolled = api().enroll(Api.json("email", email, "phone", phone, "locale", "es", "channels",
				List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML"))));
		assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(201);
	}

	private static MimeMessage emailTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages())
			.filter(message -> GreenMailUtil.getAddressList(recipients(message)).contains(address))
			.findFirst()
			.orElseThrow();
	}

	private static jakarta.mail.Address[] recipients(MimeMessage message) {
		try {
			return message.getAllRecipients();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String unsubscribeHeader(MimeMessage message) throws Exception {
		String header = message.getHeader("List-Unsubscribe")[0];
		return header.substring(1, header.indexOf('>'));
	}
}
