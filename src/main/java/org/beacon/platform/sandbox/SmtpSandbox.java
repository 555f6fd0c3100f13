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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** An SMTP server (GreenMail) inside the process that accepts every message Beacon sends. */
final class SmtpSandbox implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SmtpSandbox.class);

	private final GreenMail greenMail;

	private SmtpSandbox(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	static SmtpSandbox start(int port) {
		GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		log.info("Sandbox SMTP server listening on 127.0.0.1:{}", port);
		return new SmtpSandbox(greenMail);
	}

	List<SandboxMessage> received() {
		return Arrays.stream(greenMail.getReceivedMessages()).map(SmtpSandbox::toSandboxMessage).toList();
	}

	private static SandboxMessage toSandboxMessage(MimeMessage message) {
		try {
			Instant sent = message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant();
			Address[] recipients = message.getAllRecipients();
			return new SandboxMessage("EMAIL", message.getMessageID(), addresses(message.getFrom()),
					addresses(recipients), bare(recipients), message.getSubject(), plainText(message), sent);
		}
		catch (MessagingException | IOException ex) {
			return new SandboxMessage("EMAIL", null, null, null, List.of(), null,
					"(unreadable message: " + ex + ")", Instant.now());
		}
	}

	/** How many messages the server holds; {@link #html} takes an index below it. */
	int count() {
		return greenMail.getReceivedMessages().length;
	}

	/** The HTML part of the message received {@code index}-th (from 0), if it has one. */
	Optional<String> html(int index) {
		MimeMessage[] messages = greenMail.getReceivedMessages();
		if (index < 0 || index >= messages.length) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(part(messages[index], "text/html"));
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

	private static String plainText(Part part) throws MessagingException, IOException {
		return part(part, "text/plain");
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

	@Override
	public void close() {
		greenMail.stop();
	}
}
