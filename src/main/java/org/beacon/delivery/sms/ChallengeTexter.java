package org.beacon.delivery.sms;

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
import org.springframework.stereotype.Component;

/**
 * Texts verification codes, in the citizen's language, through the same Twilio sender as alerts. The number and
 * the code come from the subscribers feature when the record is read; no transaction is open during the call. A
 * failure is thrown, for the listener's error handler to try again.
 */
@Component
@ConditionalOnRole(Role.SMS)
class ChallengeTexter {

	private static final Logger log = LoggerFactory.getLogger(ChallengeTexter.class);

	private final ChallengeMessages messages;

	private final SmsSender sender;

	private final MessageSource texts;

	ChallengeTexter(ChallengeMessages messages, SmsSender sender, MessageSource texts) {
		this.messages = messages;
		this.sender = sender;
		this.texts = texts;
	}

	@KafkaListener(id = "sms-challenges", groupId = "beacon-sms-challenges", topics = Topics.SMS_CHALLENGES)
	void on(ChallengeIssued issued) {
		messages.outgoing(issued.challengeId()).ifPresent(message -> send(message));
	}

	private void send(ChallengeMessage message) {
		String text = texts.getMessage("challenge." + message.purpose() + ".sms", new Object[] { message.secret() },
				message.locale());
		sender.send(message.destination(), text);
		log.info("Sent {} to {}", message.purpose(), Masking.phone(message.destination()));
	}
}
