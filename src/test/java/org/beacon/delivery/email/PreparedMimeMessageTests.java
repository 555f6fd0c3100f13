package org.beacon.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

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
