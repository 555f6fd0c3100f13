package org.beacon.delivery.email;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.platform.BeaconProperties;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.beacon.subscribers.ChallengeIssued;
import org.beacon.subscribers.ChallengeMessage;
import org.beacon.subscribers.ChallengeMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Emails verification, sign-in and keep links, in the citizen's language (the text gets the link and the date it
 * stops working). The address and the link come from the
 * subscribers feature when the record is read (nothing is sent for a challenge used, expired or overtaken by a
 * change of address); no transaction is open during the SMTP call. A failure is thrown, for the listener's error
 * handler to try again.
 */
@Component
@ConditionalOnRole(Role.EMAIL)
class ChallengeMailer {

	private static final Logger log = LoggerFactory.getLogger(ChallengeMailer.class);

	private final ChallengeMessages messages;

	private final JavaMailSender mail;

	private final MessageSource texts;

	private final String from;

	private final String publicUrl;

	ChallengeMailer(ChallengeMessages messages, JavaMailSender mail, MessageSource texts, DeliveryProperties delivery,
			BeaconProperties beacon) {
		this.messages = messages;
		this.mail = mail;
		this.texts = texts;
		this.from = delivery.mailFrom();
		this.publicUrl = beacon.publicUrl();
	}

	@KafkaListener(id = "email-challenges", groupId = "beacon-email-challenges", topics = Topics.EMAIL_CHALLENGES)
	void on(ChallengeIssued issued) throws MessagingException {
		ChallengeMessage message = messages.outgoing(issued.challengeId()).orElse(null);
		if (message == null) {
			return;
		}
		String key = "challenge." + message.purpose();
		MimeMessage mime = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(message.destination());
		helper.setSubject(texts.getMessage(key + ".subject", null, message.locale()));
		helper.setText(texts.getMessage(key + ".body", new Object[] { publicUrl + message.path(), message.expiryDate() },
				message.locale()));
		mime.setHeader("Auto-Submitted", "auto-generated");
		mail.send(mime);
		log.info("Sent {} to {}", message.purpose(), Masking.email(message.destination()));
	}
}
