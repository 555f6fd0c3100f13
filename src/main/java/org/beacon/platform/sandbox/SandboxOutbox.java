package org.beacon.platform.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.beacon.platform.sandbox.SandboxEmails.Received;

/**
 * What the sandbox providers received, oldest first and as it was sent: verification codes, sign-in links and
 * recipients in full. A bean only where the sandbox runs ({@code beacon.sandbox.enabled}). It decides nothing about
 * who may read what; the staff views of the outbox do.
 */
public final class SandboxOutbox {

	private final SmtpSandbox smtp;

	private final TwilioSandbox twilio;

	private final SnsSandbox sns;

	private final SesSandbox ses;

	SandboxOutbox(SmtpSandbox smtp, TwilioSandbox twilio, SnsSandbox sns, SesSandbox ses) {
		this.smtp = smtp;
		this.twilio = twilio;
		this.sns = sns;
		this.ses = ses;
	}

	/**
	 * The text messages both SMS providers (Twilio, SNS) took, oldest first (each sandbox keeps its last
	 * {@code beacon.sandbox.capacity}).
	 */
	public List<SandboxMessage> textMessages() {
		return Stream.concat(twilio.received().stream(), sns.received().stream())
			.sorted(Comparator.comparing(SandboxMessage::receivedAt))
			.toList();
	}

	/**
	 * The emails of every email provider (the SMTP relay, SES), oldest first: an email's position in this list is its
	 * index for {@link #emailHtml}.
	 */
	public List<SandboxMessage> emails() {
		return received().stream().map(Received::shown).toList();
	}

	/** The HTML part of the email at this index of {@link #emails()}, if there is such an email and it has one. */
	public Optional<String> emailHtml(int index) {
		List<Received> received = received();
		return index < 0 || index >= received.size() ? Optional.empty()
				: SandboxEmails.html(received.get(index).message());
	}

	/** Both providers' emails in the order they arrived (a stable sort: the SMTP server's own order stays). */
	private List<Received> received() {
		return Stream.concat(smtp.received().stream(), ses.emails().stream())
			.sorted(Comparator.comparing(email -> email.shown().receivedAt()))
			.toList();
	}
}
