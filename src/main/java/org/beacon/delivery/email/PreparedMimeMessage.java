package org.beacon.delivery.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * An alert email whose body was built and encoded once for every reader of the alert in one language: a
 * {@code multipart/alternative} of the plain text and the HTML. Only the headers (To, Message-ID, the unsubscribe
 * link) are the recipient's. Jakarta Mail would otherwise rebuild and quoted-printable encode the same body byte by
 * byte for each of a million messages, most of an email worker's time.
 */
class PreparedMimeMessage extends MimeMessage {

	private final Body body;

	PreparedMimeMessage(Session session, Body body) {
		super(session);
		this.body = body;
	}

	/** A message body, encoded, and the Content-Type (with its boundary) that describes it. */
	record Body(String contentType, byte[] bytes) {

		static Body of(String text, String html) {
			try {
				MimeBodyPart plain = new MimeBodyPart();
				plain.setText(text, StandardCharsets.UTF_8.name());
				MimeBodyPart rich = new MimeBodyPart();
				rich.setText(html, StandardCharsets.UTF_8.name(), "html");
				MimeMultipart alternative = new MimeMultipart("alternative");
				alternative.addBodyPart(plain);
				alternative.addBodyPart(rich);
				// Saving a message that holds the parts picks each part's transfer encoding and writes its headers.
				MimeMessage holder = new MimeMessage((Session) null);
				holder.setContent(alternative);
				holder.saveChanges();
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				alternative.writeTo(bytes);
				return new Body(alternative.getContentType(), bytes.toByteArray());
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException("cannot encode an alert email's body", ex);
			}
		}
	}

	@Override
	protected void updateHeaders() throws MessagingException {
		setHeader("MIME-Version", "1.0");
		setHeader("Content-Type", body.contentType());
		updateMessageID();
	}

	@Override
	public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
		if (!saved) {
			saveChanges();
		}
		StringBuilder headers = new StringBuilder(1024);
		for (Enumeration<String> lines = getNonMatchingHeaderLines(ignoreList); lines.hasMoreElements();) {
			headers.append(lines.nextElement()).append("\r\n");
		}
		headers.append("\r\n");
		// Header lines are ASCII: non-ASCII values (a Spanish subject) were encoded as RFC 2047 words when set.
		out.write(headers.toString().getBytes(StandardCharsets.US_ASCII));
		out.write(body.bytes());
		out.flush();
	}
}
