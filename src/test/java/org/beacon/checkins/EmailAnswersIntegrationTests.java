package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Mails;
import org.beacon.support.PageSession;
import org.beacon.support.PageSession.Page;
import org.beacon.support.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

/**
 * Citizens answer a check-in with the buttons of its email: each reader's own signed links, in the HTML and the plain
 * text alike. Opening a link records nothing (mail scanners open them); confirming on its page records once.
 */
class EmailAnswersIntegrationTests extends BeaconIntegrationTest {

	static final String PHONE = "+22376000300";

	@Autowired
	DeliveryProperties properties;

	@Autowired
	ContactPointCipher cipher;

	Pipeline pipeline;

	CheckInAnswers checkIns;

	PageSession citizen;

	@BeforeEach
	void parts() {
		pipeline = new Pipeline(api());
		checkIns = new CheckInAnswers(api(), http, properties.twilio().authToken(),
				properties.twilio().webhookBaseUrl());
		citizen = new PageSession(http.getRootUri());
	}

	/** A reader's two links, as the HTML's buttons and the plain text give them (the same). */
	record Links(String safe, String help) {
	}

	@Test
	void eachReaderFindsTheirOwnButtonsInTheirLanguageAndOpeningOneRecordsNothing() {
		pipeline.enroll("english@example.org", PHONE, Api.json("country", "ML"));
		Api.Response spanish = api().enroll(Api.json("email", "spanish@example.org", "phone", "+22376000301",
				"locale", "es", "channels", List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML"))));
		assertThat(spanish.status()).as(spanish.body().toString()).isEqualTo(201);
		pipeline.awaitSettled(checkIns.start(List.of("EMAIL")), 2);

		Links english = links("english@example.org", "I am safe", "I need help");
		Links spanishLinks = links("spanish@example.org", "Estoy a salvo", "Necesito ayuda");
		Page safePage = citizen.get(english.safe());
		Page helpPage = citizen.get(english.help());
		Page spanishPage = new PageSession(http.getRootUri()).get(spanishLinks.safe());

		assertThat(english.safe()).isNotEqualTo(spanishLinks.safe()).isNotEqualTo(english.help());
		assertThat(english.help()).isNotEqualTo(spanishLinks.help());
		assertThat(safePage.status()).isEqualTo(200);
		assertThat(Jsoup.parse(safePage.body()).select("form button").text()).isEqualTo("Yes, I am safe");
		assertThat(helpPage.status()).isEqualTo(200);
		assertThat(Jsoup.parse(helpPage.body()).select("label[for=need], label[for=people], label[for=phone]"))
			.hasSize(3);
		assertThat(Jsoup.parse(spanishPage.body()).select("form button").text()).isEqualTo("Sí, estoy a salvo");
		assertThat(reports()).as("a GET records nothing").isZero();
	}

	@Test
	void confirmingIAmSafeRecordsItOnceAndASecondPostRecordsNothing() {
		pipeline.enroll("safe@example.org", PHONE, Api.json("country", "ML"));
		String id = checkIns.start(List.of("EMAIL"));
		pipeline.awaitSettled(id, 1);
		String safe = links("safe@example.org", "I am safe", "I need help").safe();

		citizen.get(safe);
		Page first = citizen.post(path(safe));
		Page second = citizen.post(path(safe));

		assertThat(first.status()).isEqualTo(200);
		assertThat(Jsoup.parse(first.body()).select("[role=status]").text()).contains("We recorded that you are safe");
		assertThat(second.status()).isEqualTo(200);
		assertThat(Jsoup.parse(second.body()).select("[role=status]").text()).contains("used before")
			.contains("We recorded that you are safe");
		assertThat(reports()).isEqualTo(1);
		assertThat(jdbc.queryForMap("SELECT answer, channel FROM safety_answer")).containsEntry("answer", "SAFE")
			.containsEntry("channel", "EMAIL");
		assertThat(checkIns.find(id).at("/counts/safe").asInt()).isEqualTo(1);
	}

	@Test
	void iNeedHelpKeepsWhatTheFormSaysAndShowsWhatIsWrongFirst() {
		pipeline.enroll("help@example.org", PHONE, Api.json("country", "ML"));
		String id = checkIns.start(List.of("EMAIL"));
		pipeline.awaitSettled(id, 1);
		String help = links("help@example.org", "I am safe", "I need help").help();
		citizen.get(help);

		Page wrong = citizen.post(path(help), "need", "Water", "people", "600", "lat", "95", "lon", "", "phone",
				"12");
		Page sent = citizen.post(path(help), "need", "Water and a doctor", "people", "3", "lat", "12.6392", "lon",
				"-8.0029", "phone", "76 55 44 33");

		assertThat(wrong.status()).isEqualTo(200);
		Document form = Jsoup.parse(wrong.body());
		assertThat(form.select("#error-summary a").eachAttr("href")).containsExactly("#people", "#lat", "#phone");
		assertThat(form.select("#people").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#need").text()).isEqualTo("Water");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(Jsoup.parse(sent.body()).select("[role=status]").text()).contains("We recorded that you need help")
			.contains("+223 20 70 23 00");
		assertThat(reports()).isEqualTo(1);
		Map<String, Object> answer = jdbc.queryForMap(
				"SELECT answer, channel, help_needed, people, lat, lon FROM safety_answer");
		assertThat(answer).containsEntry("answer", "NEED_HELP").containsEntry("channel", "EMAIL")
			.containsEntry("help_needed", "Water and a doctor").containsEntry("people", 3)
			.containsEntry("lat", 12.6392).containsEntry("lon", -8.0029);
		byte[] callbackPhone = jdbc.queryForObject("SELECT callback_phone_sealed FROM safety_report", byte[].class);
		assertThat(new String(callbackPhone, java.nio.charset.StandardCharsets.ISO_8859_1)).as("sealed")
			.doesNotContain("76554433");
		assertThat(cipher.open(callbackPhone, SealedColumn.SAFETY_REPORT_CALLBACK_PHONE)).isEqualTo("+22376554433");
		assertThat(checkIns.find(id).at("/counts/needHelp").asInt()).isEqualTo(1);
	}

	@Test
	void anAlteredLinkIsRefusedAndRecordsNothing() {
		pipeline.enroll("forged@example.org", PHONE, Api.json("country", "ML"));
		pipeline.awaitSettled(checkIns.start(List.of("EMAIL")), 1);
		Links links = links("forged@example.org", "I am safe", "I need help");
		String otherAnswer = links.help().replace("/help/", "/safe/");
		citizen.get(links.safe());

		Page forged = citizen.get(otherAnswer);
		Page posted = citizen.post(path(otherAnswer));

		assertThat(forged.status()).isEqualTo(404);
		assertThat(forged.body()).contains("This link does not work").contains("+1 202-501-4444");
		assertThat(posted.status()).isEqualTo(404);
		assertThat(reports()).isZero();
	}

	@Test
	void aLinkUsedAfterTheDeadlineIsRefusedWithThePostsEmergencyNumber() {
		pipeline.enroll("late@example.org", PHONE, Api.json("country", "ML"));
		String id = checkIns.start(List.of("EMAIL"), "deadline", clock.instant().plus(Duration.ofHours(2)).toString());
		pipeline.awaitSettled(id, 1);
		String safe = links("late@example.org", "I am safe", "I need help").safe();
		citizen.get(safe);
		clock.advance(Duration.ofHours(3));

		Page late = citizen.get(safe);
		Page posted = citizen.post(path(safe));

		assertThat(late.status()).isEqualTo(410);
		assertThat(Jsoup.parse(late.body()).select("[role=alert]").text()).contains("closed")
			.contains("U.S. Embassy Bamako").contains("+223 20 70 23 00");
		assertThat(posted.status()).isEqualTo(410);
		assertThat(reports()).isZero();
	}

	@Test
	void iAmSafeStillRecordsOnceAfterAHelpAnswerBySmsAndTheLatestWins() {
		pipeline.enroll("both@example.org", PHONE, Api.json("country", "ML"));
		String id = checkIns.start(List.of("EMAIL", "SMS"));
		pipeline.awaitSettled(id, 2);
		checkIns.text(PHONE, "2 the road is blocked");
		clock.advance(Duration.ofMinutes(5));
		String safe = links("both@example.org", "I am safe", "I need help").safe();

		citizen.get(safe);
		citizen.post(path(safe));

		assertThat(jdbc.queryForList("SELECT channel || ':' || answer FROM safety_report ORDER BY answered_at",
				String.class)).containsExactly("SMS:NEED_HELP", "EMAIL:SAFE");
		assertThat(checkIns.find(id).at("/counts/safe").asInt()).isEqualTo(1);
	}

	/** The links of the email to {@code address}, checking that its HTML and plain text give the same ones. */
	private Links links(String address, String safeLabel, String helpLabel) {
		MimeMessage email = emailTo(address);
		Document html = Jsoup.parse(Mails.html(email));
		String text = Mails.text(email).replace("\r\n", "\n");
		String safe = html.select("a:containsOwn(" + safeLabel + ")").attr("href");
		String help = html.select("a:containsOwn(" + helpLabel + ")").attr("href");
		assertThat(safe).contains("/checkin/").contains("/safe/");
		assertThat(help).contains("/checkin/").contains("/help/");
		assertThat(textLink(text, safeLabel)).isEqualTo(safe);
		assertThat(textLink(text, helpLabel)).isEqualTo(help);
		return new Links(path(safe), path(help));
	}

	private static String textLink(String text, String label) {
		Matcher link = Pattern.compile("^" + Pattern.quote(label) + ": (\\S+)$", Pattern.MULTILINE).matcher(text);
		assertThat(link.find()).as(label + " in the plain text").isTrue();
		return link.group(1);
	}

	/** The link's path and query, on the server the test runs (the email's links name the public URL). */
	private static String path(String link) {
		URI uri = URI.create(link);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private int reports() {
		return jdbc.queryForObject("SELECT count(*) FROM safety_report", Integer.class);
	}

	private static MimeMessage emailTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages())
			.filter(message -> {
				try {
					return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			})
			.findFirst()
			.orElseThrow();
	}
}
