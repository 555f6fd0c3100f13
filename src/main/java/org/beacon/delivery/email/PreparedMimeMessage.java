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
 * link) and the links in the body (unsubscribe; a check-in's answer links) are the recipient's. Jakarta Mail would
 * otherwise rebuild and quoted-printable encode the same body byte by byte for each of a million messages, most of an
 * email worker's time.
 */
class PreparedMimeMessage extends MimeMessage {

	private final Body body;

	private final String[] links;

	/**
	 * @param links the reader's own links, in the order of {@link Body#MARKS}: each put where the body holds its mark
	 * (the answer links may be left out of a body that holds no answer marks)
	 */
	PreparedMimeMessage(Session session, Body body, String... links) {
		super(session);
		this.body = body;
		this.links = links;
	}

	/**
	 * A message body, encoded, and the Content-Type (with its boundary) that describes it. Where the text held one of
	 * the {@link #MARKS}, on a line of its own, the encoded body is cut, so that each reader's own links go in at send
	 * time without encoding the body again.
	 *
	 * @param marks for each cut between two pieces, which mark was there (its index in {@link #MARKS})
	 */
	record Body(String contentType, List<byte[]> pieces, List<Integer> marks) {

		/** Stands for the reader's own unsubscribe link in the text and HTML given to {@link #of}. */
		static final String LINK = "BEACONREADERLINK";

		/** Stands for the reader's own "I am safe" link of a check-in. */
		static final String SAFE_LINK = "BEACONSAFELINK";

		/** Stands for the reader's own "I need help" link of a check-in. */
		static final String HELP_LINK = "BEACONHELPLINK";

		/** The marks, in the order a message's links are given. */
		static final List<String> MARKS = List.of(LINK, SAFE_LINK, HELP_LINK);

		/** Each mark as quoted-printable encodes it when the rendering put it on a line of its own. */
		private static final List<byte[]> ENCODED_MARKS = MARKS.stream()
			.map(mark -> ("\r\n" + mark + "\r\n").getBytes(StandardCharsets.US_ASCII))
			.toList();

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
				return cut(alternative.getContentType(), bytes.toByteArray());
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

		private static Body cut(String contentType, byte[] encoded) {
			List<byte[]> pieces = new ArrayList<>();
			List<Integer> marks = new ArrayList<>();
			int from = 0;
			for (int i = from; i < encoded.length; i++) {
				int mark = markAt(encoded, i);
				if (mark >= 0) {
					pieces.add(Arrays.copyOfRange(encoded, from, i));
					marks.add(mark);
					from = i + ENCODED_MARKS.get(mark).length;
					i = from - 1;
				}
			}
			pieces.add(Arrays.copyOfRange(encoded, from, encoded.length));
			return new Body(contentType, List.copyOf(pieces), List.copyOf(marks));
		}

		/** The index of the mark that starts at {@code at}, or -1. */
		private static int markAt(byte[] bytes, int at) {
			if (bytes[at] != '\r') {
				return -1;
			}
			outer: for (int mark = 0; mark < ENCODED_MARKS.size(); mark++) {
				byte[] encoded = ENCODED_MARKS.get(mark);
				if (at + encoded.length > bytes.length) {
					continue;
				}
				for (int j = 0; j < encoded.length; j++) {
					if (bytes[at + j] != encoded[j]) {
						continue outer;
					}
				}
				return mark;
			}
			return -1;
		}

		/** How many times the text and HTML held the mark. */
		long count(String mark) {
			int index = MARKS.indexOf(mark);
			return marks.stream().filter(m -> m == index).count();
		}

		/**
		 * The body with each of {@code links} where its mark was: the mark's line breaks become soft ones, so the link
		 * joins the text around it, and the link is cut into soft-broken lines short enough for quoted-printable.
		 *
		 * @param links in the order of {@link #MARKS}
		 * @throws IllegalArgumentException when the body holds a mark whose link is not given
		 */
		byte[] with(String... links) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(pieces.get(0).length * pieces.size() + 256);
			byte[][] encodedLinks = new byte[links.length][];
			for (int i = 0; i < pieces.size(); i++) {
				if (i > 0) {
					int mark = marks.get(i - 1);
					if (mark >= links.length || links[mark] == null) {
						throw new IllegalArgumentException("no link for the mark " + MARKS.get(mark));
					}
					if (encodedLinks[mark] == null) {
						encodedLinks[mark] = encode(links[mark]);
					}
					out.writeBytes(encodedLinks[mark]);
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
		out.write(body.with(links));
		out.flush();
	}
}
