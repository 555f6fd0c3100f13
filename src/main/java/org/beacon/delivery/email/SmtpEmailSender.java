package org.beacon.delivery.email;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderAnswer;
import org.beacon.delivery.ProviderOutcomes;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends alert emails through an SMTP relay with Jakarta Mail: a multipart message with text and HTML parts, whose
 * body is built once per alert and language ({@link PreparedMimeMessage}).
 */
class SmtpEmailSender implements EmailSender {

	static {
		// Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader classpath scan for every multipart and
		// every encoded header (jakartaee/mail-api#699, #861): a few milliseconds per email, most of an SMTP worker's
		// time. Naming the implementation skips the scan.
		System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
				"org.eclipse.angus.mail.util.MailStreamProvider");
	}

	private final JavaMailSender mail;

	private final Session session;

	private final AlertEmailContent content;

	private final String from;

	private final UnsubscribeLinks unsubscribe;

	SmtpEmailSender(JavaMailSender mail, AlertEmailContent content, String from, UnsubscribeLinks unsubscribe) {
		this.mail = mail;
		this.session = mail.createMimeMessage().getSession();
		this.content = content;
		this.from = from;
		this.unsubscribe = unsubscribe;
	}

	@Override
	public String provider() {
		return "smtp";
	}

	@Override
	public String send(AlertEmail email) {
		MimeMessage message = build(email);
		try {
			mail.send(message);
			return message.getMessageID();
		}
		catch (MailAuthenticationException ex) {
			throw SmtpReplyCodes.unreachable("SMTP authentication failed: " + ex.getMessage(), ex);
		}
		catch (MailSendException ex) {
			throw SmtpReplyCodes.of(ex);
		}
		catch (MailException ex) {
			throw SmtpReplyCodes.unreachable(ex.getMessage(), null);
		}
		catch (MessagingException ex) {
			throw SmtpReplyCodes.unreachable(ex.getMessage(), ex);
		}
	}

	@Override
	public List<ProviderAnswer> sendAll(List<AlertEmail> emails) {
		ProviderAnswer[] answers = new ProviderAnswer[emails.size()];
		List<MimeMessage> messages = new ArrayList<>(emails.size());
		List<Integer> positions = new ArrayList<>(emails.size());
		for (int i = 0; i < emails.size(); i++) {
			try {
				messages.add(build(emails.get(i)));
				positions.add(i);
			}
			catch (DeliveryFailure unsendable) {
				answers[i] = ProviderAnswer.failed(unsendable);
			}
		}
		Map<Object, Exception> failed = Map.of();
		try {
			// One SMTP session for all: Spring's JavaMailSender sends an array over one connection and reports
			// which messages failed, keyed by message.
			mail.send(messages.toArray(MimeMessage[]::new));
		}
		catch (MailAuthenticationException ex) {
			failed = unsent(messages, SmtpReplyCodes.unreachable("SMTP authentication failed: "
					+ ex.getMessage(), ex));
		}
		catch (MailSendException ex) {
			failed = ex.getFailedMessages();
		}
		catch (MailException ex) {
			failed = unsent(messages, SmtpReplyCodes.unreachable(ex.getMessage(), null));
		}
		for (int i = 0; i < messages.size(); i++) {
			MimeMessage message = messages.get(i);
			Exception failure = failed.get(message);
			answers[positions.get(i)] = failure == null ? ProviderAnswer.accepted(messageId(message))
					: ProviderAnswer.failed(SmtpReplyCodes.of(failure));
		}
		return List.of(answers);
	}

	/**
	 * The messages a session that broke off (a failed reconnect, its login refused) had not reached. Spring gives each
	 * message its Message-ID just before handing it to the relay, so those without one were never sent. Those with one
	 * were handed over and are taken as sent: Spring drops the failures of the session when a reconnect is refused, so
	 * a message the relay had refused earlier in it is recorded as sent — rare, and a lesser harm than sending the
	 * others twice.
	 */
	private static Map<Object, Exception> unsent(List<MimeMessage> messages, DeliveryFailure failure) {
		Map<Object, Exception> failed = new IdentityHashMap<>();
		for (MimeMessage message : messages) {
			if (messageId(message) == null) {
				failed.put(message, failure);
			}
		}
		return failed;
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("a sent message has no Message-ID", ex);
		}
	}

	private MimeMessage build(AlertEmail email) {
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
			throw ProviderOutcomes.unsendable("smtp:address", "cannot build a message to this address: "
					+ ex.getMessage());
		}
	}
}
