package org.beacon.delivery.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * An alert email whose body was built and encoded once for every reader of the alert in one language: a
 * {@code multipart/alternative} of the plain text and the HTML. Only the headers (To, Message-ID, the unsubscribe
 * link) and the unsubscribe link in the body are the recipient's. Jakarta Mail would otherwise rebuild and quoted-printable encode the same body byte by
 * byte for each of a million messages, most of an email worker's time.
 */
class PreparedMimeMessage extends MimeMessage {

	private final Body body;

	private final String link;

	/** @param link the reader's own link, put where the body holds {@link Body#LINK} */
	PreparedMimeMessage(Session session, Body body, String link) {
		super(session);
		this.body = body;
		this.link = link;
	}

	/**
	 * A message body, encoded, and the Content-Type (with its boundary) that describes it. Where the text held
	 * {@link #LINK}, on a line of its own, the encoded body is cut, so that each reader's own link goes in at send time
	 * without encoding the body again.
	 */
	record Body(String contentType, List<byte[]> pieces) {

		/** Stands for the reader's own link (their unsubscribe link) in the text and HTML given to {@link #of}. */
		static final String LINK = "BEACONREADERLINK";

		/** The mark as quoted-printable encodes it when the rendering put it on a line of its own. */
		private static final byte[] MARK = ("\r\n" + LINK + "\r\n").getBytes(StandardCharsets.US_ASCII);

		/** Quoted-printable lines hold at most 76 characters, a soft line break's "=" included. */
		private static final int LINE = 72;

		static Body of(String text, String html) {
			try {
				MimeMultipart alternative = new MimeMultipart("alternative");
				alternative.addBodyPart(part(text, "plain"));
				alternative.addBodyPart(part(html, "html"));
				// Saving a message that holds the parts writes each part's headers.
				MimeMessage holder = new MimeMessage((Session) null);
				holder.setContent(alternative);
				holder.saveChanges();
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				alternative.writeTo(bytes);
				return new Body(alternative.getContentType(), cut(bytes.toByteArray()));
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException("cannot encode an alert email's body", ex);
			}
		}

		private static MimeBodyPart part(String content, String subtype) throws MessagingException {
			MimeBodyPart part = new MimeBodyPart();
			part.setText(content, StandardCharsets.UTF_8.name(), subtype);
			// Always quoted-printable, never 7bit or base64: the mark must stay findable and the link insertable.
			part.setHeader("Content-Transfer-Encoding", "quoted-printable");
			return part;
		}

		private static List<byte[]> cut(byte[] encoded) {
			List<byte[]> pieces = new ArrayList<>();
			int from = 0;
			for (int at = indexOf(encoded, from); at >= 0; at = indexOf(encoded, from)) {
				pieces.add(Arrays.copyOfRange(encoded, from, at));
				from = at + MARK.length;
			}
			pieces.add(Arrays.copyOfRange(encoded, from, encoded.length));
			return List.copyOf(pieces);
		}

		private static int indexOf(byte[] bytes, int from) {
			outer: for (int i = from; i <= bytes.length - MARK.length; i++) {
				for (int j = 0; j < MARK.length; j++) {
					if (bytes[i + j] != MARK[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

		/**
		 * The body with {@code link} where the mark was: the mark's line breaks become soft ones, so the link joins the
		 * text around it, and the link is cut into soft-broken lines short enough for quoted-printable.
		 */
		byte[] with(String link) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(pieces.get(0).length * pieces.size() + 256);
			byte[] encodedLink = encode(link);
			for (int i = 0; i < pieces.size(); i++) {
				if (i > 0) {
					out.writeBytes(encodedLink);
				}
				out.writeBytes(pieces.get(i));
			}
			return out.toByteArray();
		}

		private static byte[] encode(String link) {
			StringBuilder encoded = new StringBuilder("=\r\n");
			int column = 0;
			for (byte b : link.getBytes(StandardCharsets.UTF_8)) {
				int c = b & 0xFF;
				String token = c == '=' || c < 33 || c > 126 ? String.format("=%02X", c) : String.valueOf((char) c);
				if (column + token.length() > LINE) {
					encoded.append("=\r\n");
					column = 0;
				}
				encoded.append(token);
				column += token.length();
			}
			return encoded.append("=\r\n").toString().getBytes(StandardCharsets.US_ASCII);
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
		out.write(body.with(link));
		out.flush();
	}
}
