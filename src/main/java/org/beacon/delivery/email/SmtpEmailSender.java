package org.beacon.delivery.email;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderAnswer;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends alert emails through an SMTP relay with Jakarta Mail: the message of {@link AlertMimeMessages}, a multipart
 * with text and HTML parts whose body is built once per alert and language.
 */
class SmtpEmailSender implements EmailSender {

	private final JavaMailSender mail;

	private final AlertMimeMessages messages;

	SmtpEmailSender(JavaMailSender mail, AlertMimeMessages messages) {
		this.mail = mail;
		this.messages = messages;
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
		return messages.build(email, provider());
	}
}
