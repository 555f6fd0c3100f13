package org.beacon.platform.sandbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.beacon.platform.sandbox.SandboxEmails.Received;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server (GreenMail) inside the process that accepts every message Beacon sends. While
 * {@link #failing(boolean) failing} its SMTP service is stopped, so connections are refused, as when a relay is down;
 * it listens on the same port again when brought back, and what it received before stays.
 */
final class SmtpSandbox implements FailingSwitch, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SmtpSandbox.class);

	private final GreenMail greenMail;

	/** The SMTP service that listens after a failing spell: a GreenMail service is a thread, which starts only once. */
	private SmtpServer restarted;

	private boolean failing;

	private SmtpSandbox(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	static SmtpSandbox start(int port) {
		GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		log.info("Sandbox SMTP server listening on 127.0.0.1:{}", port);
		return new SmtpSandbox(greenMail);
	}

	int port() {
		return greenMail.getSmtp().getPort();
	}

	/** What the server took, oldest first; each email's id is its Message-ID, as the SMTP sender records it. */
	List<Received> received() {
		return Arrays.stream(greenMail.getReceivedMessages()).map(SmtpSandbox::received).toList();
	}

	@Override
	public synchronized void failing(boolean on) {
		if (on == failing) {
			return;
		}
		if (on) {
			smtp().stopService();
		}
		else {
			// The same mailboxes (GreenMail's managers) behind a new service on the same port.
			restarted = new SmtpServer(smtp().getServerSetup(), greenMail.getManagers());
			restarted.startService();
			awaitListening(restarted);
		}
		failing = on;
		log.info("Sandbox SMTP server {}", on ? "refuses connections" : "accepts mail again");
	}

	@Override
	public synchronized boolean failing() {
		return failing;
	}

	private SmtpServer smtp() {
		return restarted != null ? restarted : greenMail.getSmtp();
	}

	private static void awaitListening(SmtpServer server) {
		try {
			if (!server.waitTillRunning(server.getServerSetup().getServerStartupTimeout())) {
				throw new IllegalStateException("The sandbox SMTP server did not listen again on " + server.getPort());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the sandbox SMTP server started again", ex);
		}
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
	public synchronized void close() {
		if (restarted != null) {
			restarted.stopService();
		}
		greenMail.stop();
	}
}
