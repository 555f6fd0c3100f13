package org.beacon.platform.sandbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.beacon.platform.sandbox.SandboxEmails.Received;
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

	/** What the server took, oldest first; each email's id is its Message-ID, as the SMTP sender records it. */
	List<Received> received() {
		return Arrays.stream(greenMail.getReceivedMessages()).map(SmtpSandbox::received).toList();
	}

	private static Received received(MimeMessage message) {
		try {
			Instant sent = message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant();
			return SandboxEmails.received(message, message.getMessageID(), sent);
		}
		catch (MessagingException ex) {
			return SandboxEmails.unreadable(message, ex);
		}
	}

	@Override
	public void close() {
		greenMail.stop();
	}
}
