package org.beacon.delivery.email;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.beacon.checkins.SafetyAnswer;
import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderOutcomes;

/**
 * The MIME message of an alert email for one reader, whichever provider sends it: every email provider sends these
 * very bytes (the SMTP relay, Amazon SES as a raw message), so the headers — the RFC 8058 one-click unsubscribe, the
 * Message-ID — and the bodies are the same whichever route an email took. The body is built once per alert and
 * language ({@link PreparedMimeMessage}). A check-in's email carries its reader's own signed answer links ("I am safe",
 * "I need help"), issued by the check-ins feature ({@code checkins.AnswerLinks}).
 */
public final class AlertMimeMessages {

	static {
		// Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader classpath scan for every multipart and
		// every encoded header (jakartaee/mail-api#699, #861): a few milliseconds per email, most of an email worker's
		// time. Naming the implementation skips the scan.
		System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
				"org.eclipse.angus.mail.util.MailStreamProvider");
	}

	private final Session session;

	private final AlertEmailContent content;

	private final String from;

	private final UnsubscribeLinks unsubscribe;

	private final AnswerUrls answers;

	/** A reader's link to answer a check-in ({@code checkins.AnswerLinks::url}). */
	@FunctionalInterface
	interface AnswerUrls {

		String url(UUID checkInId, UUID subscriberId, SafetyAnswer answer, Instant deadline, Locale locale);
	}

	/** @param session gives the Message-ID its domain (the SMTP sender's session, so every route names the same) */
	AlertMimeMessages(Session session, AlertEmailContent content, String from, UnsubscribeLinks unsubscribe,
			AnswerUrls answers) {
		this.session = session;
		this.content = content;
		this.from = from;
		this.unsubscribe = unsubscribe;
		this.answers = answers;
	}

	/**
	 * The message, its Message-ID given when it is first written or saved.
	 *
	 * @param provider names the failure's code: {@code <provider>:address}
	 * @throws DeliveryFailure permanent, when no message can be built to this address
	 */
	public MimeMessage build(AlertEmail email, String provider) {
		AlertEmailContent.Rendered rendered = content.render(email);
		// Without a subscriber (no enrollment to stop) the link leads to the sign-in page, where one manages alerts.
		String link = email.subscriberId() == null ? content.manageUrl() : unsubscribe.url(email.subscriberId());
		MimeMessage message = new PreparedMimeMessage(session, rendered.body(), link, answerUrl(email, SafetyAnswer.SAFE),
				answerUrl(email, SafetyAnswer.NEED_HELP));
		try {
			message.setFrom(new InternetAddress(from, true));
			message.setRecipient(RecipientType.TO, new InternetAddress(email.to(), true));
			message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
			message.setHeader("X-Beacon-Alert", email.alertId().toString());
			message.setHeader("Auto-Submitted", "auto-generated");
			if (email.subscriberId() != null) {
				// RFC 8058 one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" to the URL.
				message.setHeader("List-Unsubscribe", unsubscribe.header(email.subscriberId()));
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			return message;
		}
		catch (MessagingException ex) {
			throw ProviderOutcomes.unsendable(provider + ":address", "cannot build a message to this address: "
					+ ex.getMessage());
		}
	}

	/** The reader's link to give {@code answer}; null for an email that asks nothing. */
	private String answerUrl(AlertEmail email, SafetyAnswer answer) {
		if (!email.asks()) {
			return null;
		}
		// Without a subscriber there is nobody to record an answer for: the buttons lead to the sign-in page.
		return email.subscriberId() == null ? content.manageUrl()
				: answers.url(email.alertId(), email.subscriberId(), answer, email.answerBy(), email.locale());
	}
}
