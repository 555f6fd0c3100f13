package org.beacon.delivery.email;

import java.nio.charset.StandardCharsets;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderOutcomes;

/**
 * The MIME message of an alert email for one reader, whichever provider sends it: every email provider sends these
 * very bytes (the SMTP relay, Amazon SES as a raw message), so the headers — the RFC 8058 one-click unsubscribe, the
 * Message-ID — and the bodies are the same whichever route an email took. The body is built once per alert and
 * language ({@link PreparedMimeMessage}).
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

	/** @param session gives the Message-ID its domain (the SMTP sender's session, so every route names the same) */
	AlertMimeMessages(Session session, AlertEmailContent content, String from, UnsubscribeLinks unsubscribe) {
		this.session = session;
		this.content = content;
		this.from = from;
		this.unsubscribe = unsubscribe;
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
		MimeMessage message = new PreparedMimeMessage(session, rendered.body(), link);
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
}
