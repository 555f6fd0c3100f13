package org.beacon.platform.sandbox;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.beacon.platform.sandbox.SandboxEmails.Received;

/**
 * What the sandbox providers received, oldest first and as it was sent: verification codes, sign-in links and
 * recipients in full; and the switches that make a provider fail, to watch Beacon move its channel's traffic to the
 * other one; and a person answering a text or a call as the citizen it went to. A bean only where the sandbox runs
 * ({@code beacon.sandbox.enabled}). It decides nothing about who may read what, flip a switch or answer; the staff
 * views of the outbox do.
 */
public final class SandboxOutbox {

	private final SmtpSandbox smtp;

	private final TwilioSandbox twilio;

	private final SnsSandbox sns;

	private final SesSandbox ses;

	/** The providers by name, SMS first, each channel's in the order of its default routing. */
	private final Map<String, Provider> providers = new LinkedHashMap<>();

	SandboxOutbox(SmtpSandbox smtp, TwilioSandbox twilio, SnsSandbox sns, SesSandbox ses) {
		this.smtp = smtp;
		this.twilio = twilio;
		this.sns = sns;
		this.ses = ses;
		providers.put("twilio", new Provider("SMS", twilio));
		providers.put("sns", new Provider("SMS", sns));
		providers.put("smtp", new Provider("EMAIL", smtp));
		providers.put("ses", new Provider("EMAIL", ses));
	}

	private record Provider(String channel, FailingSwitch sandbox) {
	}

	/** Every sandbox provider and whether it is made to fail: SMS first, each channel's in routing order. */
	public List<ProviderSwitch> providers() {
		return providers.entrySet()
			.stream()
			.map(provider -> new ProviderSwitch(provider.getKey(), provider.getValue().channel(),
					provider.getValue().sandbox().failing()))
			.toList();
	}

	/**
	 * Makes a provider fail every call as its real counterpart does when it is down (Twilio, SNS and SES answer 503,
	 * the SMTP server refuses connections), or answer again.
	 *
	 * @param provider its name in {@link #providers()}
	 * @throws IllegalArgumentException when no sandbox provider has that name
	 */
	public void failing(String provider, boolean failing) {
		Provider found = providers.get(provider);
		if (found == null) {
			throw new IllegalArgumentException("No sandbox provider " + provider + "; there are " + providers.keySet());
		}
		found.sandbox().failing(failing);
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

	/**
	 * Whether the person a text message went to may answer it here ({@link #reply}): Beacon hears replies through
	 * Twilio's inbound webhook only, so those to the texts Twilio took.
	 */
	public boolean answerable(SandboxMessage message) {
		return "SMS".equals(message.channel()) && twilio.keepsText(message.id());
	}

	/**
	 * The person a text message went to answers it from their phone, as Twilio would bring Beacon the text.
	 *
	 * @return Beacon's answer, whose {@code <Message>} ({@link TwimlText#messages}) goes back to the phone
	 * @throws IllegalArgumentException when no text message that may be answered has this id
	 */
	public WebhookAnswer reply(String messageId, String text) throws IOException, InterruptedException {
		return twilio.reply(messageId, text);
	}

	/**
	 * The person a call went to presses keys, as Twilio would bring Beacon the digits.
	 *
	 * @return Beacon's answer, whose {@code <Say>} ({@link TwimlText#said}) the call says next
	 * @throws IllegalArgumentException when the sandbox placed no call of this id, or it gathers no keys
	 */
	public WebhookAnswer press(String callId, String digits) throws IOException, InterruptedException {
		return twilio.press(callId, digits);
	}

	/** Both providers' emails in the order they arrived (a stable sort: the SMTP server's own order stays). */
	private List<Received> received() {
		return Stream.concat(smtp.received().stream(), ses.emails().stream())
			.sorted(Comparator.comparing(email -> email.shown().receivedAt()))
			.toList();
	}
}
