package org.beacon.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.beacon.support.Mails;
import org.junit.jupiter.api.Test;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** One body encoded once, with each reader's own link put in where the text marked it. */
class PreparedMimeMessageTests {

	static final Session SESSION = Session.getInstance(new Properties());

	static final String LINK = "\r\n" + PreparedMimeMessage.Body.LINK + "\r\n";

	static final PreparedMimeMessage.Body BODY = PreparedMimeMessage.Body.of(
			"Stay indoors.\n\nStop email alerts: " + LINK + "\nDo not reply.",
			"<p>Sécurité</p>\n<p>\n<a href=\"" + LINK + "\">Stop email alerts</a></p>");

	@Test
	void eachReaderReadsTheirOwnLinkInTheTextAndTheHtml() throws Exception {
		String maria = "https://beacon.example/unsubscribe/1f0c?t=20800.A-b_c==x" + "y".repeat(120) + "&é=€";
		String john = "https://beacon.example/unsubscribe/2a7e?t=20800.other";

		MimeMessage first = received(maria);
		MimeMessage second = received(john);

		assertThat(text(first)).contains("Stop email alerts: " + maria + "\nDo not reply.");
		assertThat(Mails.html(first)).contains("<a href=\"" + maria + "\">Stop email alerts</a>").contains("Sécurité");
		assertThat(text(second)).contains("Stop email alerts: " + john + "\n").doesNotContain(maria);
		assertThat(Mails.html(second)).contains("<a href=\"" + john + "\">");
	}

	@Test
	void aCheckInsBodyTakesEachReadersUnsubscribeAndAnswerLinksWhereTheirMarksAre() throws Exception {
		PreparedMimeMessage.Body body = PreparedMimeMessage.Body.of(
				"I am safe: " + mark(PreparedMimeMessage.Body.SAFE_LINK) + "\nI need help: "
						+ mark(PreparedMimeMessage.Body.HELP_LINK) + "\nStop email alerts: " + LINK + "\n",
				"<a href=\"" + mark(PreparedMimeMessage.Body.SAFE_LINK) + "\">I am safe</a>\n<a href=\""
						+ mark(PreparedMimeMessage.Body.HELP_LINK) + "\">I need help</a>\n<a href=\"" + LINK
						+ "\">Stop</a>");
		PreparedMimeMessage message = new PreparedMimeMessage(SESSION, body, "https://b.example/unsubscribe/1?t=u",
				"https://b.example/checkin/1/2/safe/3.s?lang=en", "https://b.example/checkin/1/2/help/3.h?lang=en");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		MimeMessage received = new MimeMessage(SESSION, new ByteArrayInputStream(out.toByteArray()));

		assertThat(body.count(PreparedMimeMessage.Body.SAFE_LINK)).isEqualTo(2);
		assertThat(text(received)).contains("I am safe: https://b.example/checkin/1/2/safe/3.s?lang=en\n")
			.contains("I need help: https://b.example/checkin/1/2/help/3.h?lang=en\n")
			.contains("Stop email alerts: https://b.example/unsubscribe/1?t=u\n");
		assertThat(Mails.html(received)).contains("<a href=\"https://b.example/checkin/1/2/safe/3.s?lang=en\">I am safe")
			.contains("<a href=\"https://b.example/checkin/1/2/help/3.h?lang=en\">I need help")
			.contains("<a href=\"https://b.example/unsubscribe/1?t=u\">Stop");
	}

	@Test
	void aBodyWithoutAnswerMarksNeedsOnlyTheUnsubscribeLink() {
		assertThat(BODY.count(PreparedMimeMessage.Body.SAFE_LINK)).isZero();
		assertThat(BODY.count(PreparedMimeMessage.Body.LINK)).isEqualTo(2);
		assertThatThrownBy(() -> PreparedMimeMessage.Body.of("Safe: " + mark(PreparedMimeMessage.Body.SAFE_LINK), "")
			.with("https://b.example/unsubscribe/1?t=u")).isInstanceOf(IllegalArgumentException.class);
	}

	private static String mark(String mark) {
		return "\r\n" + mark + "\r\n";
	}

	@Test
	void everyLineOfTheEncodedMessageFitsQuotedPrintablesLimit() throws Exception {
		String raw = raw("https://beacon.example/unsubscribe/1f0c?t=" + "=".repeat(200));

		assertThat(raw.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
		assertThat(raw).doesNotContain(PreparedMimeMessage.Body.LINK);
	}

	/** The plain text as read, with its line breaks as the reader's system has them. */
	private static String text(MimeMessage message) {
		return Mails.text(message).replace("\r\n", "\n");
	}

	private static MimeMessage received(String link) throws Exception {
		return new MimeMessage(SESSION, new ByteArrayInputStream(raw(link).getBytes(StandardCharsets.US_ASCII)));
	}

	private static String raw(String link) throws Exception {
		PreparedMimeMessage message = new PreparedMimeMessage(SESSION, BODY, link);
		message.setSubject("Alert");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toString(StandardCharsets.US_ASCII);
	}
}
