package org.beacon.delivery.sms;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderRouting;
import org.beacon.delivery.Providers;
import org.beacon.platform.BeaconProperties;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.beacon.subscribers.ChallengeIssued;
import org.beacon.subscribers.ChallengeMessage;
import org.beacon.subscribers.ChallengeMessages;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Texts verification codes and keep links, in the citizen's language (the text gets the code or the link's secret,
 * the link, and the date it stops working), through the same SMS providers and routing as alerts. The number and
 * the code come from the subscribers feature when the record is read; no transaction is open during the call. A
 * failure is thrown, for the listener's error handler to try again.
 */
@Component
@ConditionalOnRole(Role.SMS)
class ChallengeTexter {

	private static final Logger log = LoggerFactory.getLogger(ChallengeTexter.class);

	private final ChallengeMessages messages;

	private final Providers<SmsSender> senders;

	private final ProviderRouting routing;

	private final MessageSource texts;

	private final String publicUrl;

	ChallengeTexter(ChallengeMessages messages, List<SmsSender> senders, ProviderRouting routing,
			MessageSource texts, BeaconProperties beacon) {
		this.messages = messages;
		this.senders = Providers.of(Channel.SMS, senders, SmsSender::provider, routing);
		this.routing = routing;
		this.texts = texts;
		this.publicUrl = beacon.publicUrl();
	}

	@KafkaListener(id = "sms-challenges", groupId = "beacon-sms-challenges", topics = Topics.SMS_CHALLENGES)
	void on(ChallengeIssued issued) {
		messages.outgoing(issued.challengeId()).ifPresent(message -> send(message));
	}

	private void send(ChallengeMessage message) {
		String link = message.path() == null ? null : publicUrl + message.path();
		String text = texts.getMessage("challenge." + message.purpose() + ".sms",
				new Object[] { message.secret(), link, message.expiryDate() }, message.locale());
		String provider = sendRouted(message.destination(), text);
		log.info("Sent {} to {} through {}", message.purpose(), Masking.phone(message.destination()), provider);
	}

	/**
	 * Sends through the provider the routing chooses, and through the next one up when it fails transiently: a
	 * citizen waiting for a code should not wait for a provider's breaker to open.
	 *
	 * @return the provider that took the text
	 */
	private String sendRouted(String to, String text) {
		Set<String> tried = new HashSet<>();
		DeliveryFailure last = null;
		for (Optional<String> provider = routing.choose(Channel.SMS, tried); provider.isPresent();
				provider = routing.choose(Channel.SMS, tried)) {
			tried.add(provider.get());
			try {
				senders.get(provider.get()).send(to, text);
				return provider.get();
			}
			catch (DeliveryFailure failure) {
				if (failure.permanent()) {
					throw failure;
				}
				last = failure;
			}
		}
		throw last != null ? last
				: DeliveryFailure.local(Channel.SMS, "circuit-open", "every SMS provider's circuit is open", null);
	}
}
