package org.beacon.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads received emails as a person would: the decoded plain-text or HTML part. */
public final class Mails {

	private Mails() {
	}

	public static String text(MimeMessage message) {
		try {
			String text = text((Part) message);
			return text == null ? "" : text;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The decoded HTML part, or an empty string for a message without one. */
	public static String html(MimeMessage message) {
		try {
			String html = part(message, "text/html");
			return html == null ? "" : html;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Part part) throws Exception {
		return part(part, "text/plain");
	}

	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = part(child, type);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}
}
