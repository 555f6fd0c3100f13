package org.beacon.platform.sandbox;

import java.util.List;
import java.util.Optional;

/**
 * What the sandbox providers received, oldest first and as it was sent: verification codes, sign-in links and
 * recipients in full. A bean only where the sandbox runs ({@code beacon.sandbox.enabled}). It decides nothing about
 * who may read what; the staff views of the outbox do.
 */
public final class SandboxOutbox {

	private final SmtpSandbox smtp;

	private final TwilioSandbox twilio;

	SandboxOutbox(SmtpSandbox smtp, TwilioSandbox twilio) {
		this.smtp = smtp;
		this.twilio = twilio;
	}

	/** The text messages, oldest first (the sandbox keeps the last {@code beacon.sandbox.capacity}). */
	public List<SandboxMessage> textMessages() {
		return twilio.received();
	}

	/** The emails, oldest first: an email's position in this list is its index for {@link #emailHtml}. */
	public List<SandboxMessage> emails() {
		return smtp.received();
	}

	/** The HTML part of the email at this index of {@link #emails()}, if there is such an email and it has one. */
	public Optional<String> emailHtml(int index) {
		return smtp.html(index);
	}
}
