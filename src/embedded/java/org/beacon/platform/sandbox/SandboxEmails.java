package org.beacon.platform.sandbox;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * How the outbox shows an email, whichever sandbox provider received it (the SMTP server, the SES look-alike): one
 * reading of the MIME message, so the emails of every provider look alike to staff.
 */
final class SandboxEmails {

	/** An email a sandbox received: as the outbox shows it, and as it came (for its HTML part). */
	record Received(SandboxMessage shown, MimeMessage message) {
	}

	private SandboxEmails() {
	}

	/**
	 * @param id the provider's id for it: its Message-ID over SMTP, SES's MessageId
	 */
	static Received received(MimeMessage message, String id, Instant receivedAt) {
		try {
			Address[] recipients = message.getAllRecipients();
			return new Received(new SandboxMessage("EMAIL", id, addresses(message.getFrom()), addresses(recipients),
					bare(recipients), message.getSubject(), part(message, "text/plain"), receivedAt), message);
		}
		catch (MessagingException | IOException ex) {
			return unreadable(message, ex);
		}
	}

	static Received unreadable(MimeMessage message, Exception ex) {
		return new Received(new SandboxMessage("EMAIL", null, null, null, List.of(), null,
				"(unreadable message: " + ex + ")", Instant.now()), message);
	}

	/** The HTML part of the message, if it has one. */
	static Optional<String> html(MimeMessage message) {
		try {
			return Optional.ofNullable(part(message, "text/html"));
		}
		catch (MessagingException | IOException ex) {
			return Optional.empty();
		}
	}

	private static String addresses(Address[] addresses) {
		return addresses == null ? null
				: Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
	}

	/** The addresses alone, without a display name. */
	private static List<String> bare(Address[] addresses) {
		return addresses == null ? List.of()
				: Arrays.stream(addresses)
					.map(address -> address instanceof InternetAddress internet ? internet.getAddress()
							: address.toString())
					.toList();
	}

	private static String part(Part part, String type) throws MessagingException, IOException {
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
