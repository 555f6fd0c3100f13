package org.beacon.delivery.relay;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.beacon.checkins.CheckIns;
import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderRouting;
import org.beacon.delivery.Providers;
import org.beacon.delivery.sms.SmsSender;
import org.beacon.ledger.Deliveries;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryLedger.Answer;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.EmergencyContacts;
import org.beacon.subscribers.EmergencyContacts.SafeContact;
import org.beacon.subscribers.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a citizen's emergency contact the one SMS that says the citizen answered a check-in "safe", when the citizen
 * consents to it. The message is a delivery like any other: its ledger row (alert id {@link #relayId derived from the
 * check-in}, the citizen, SMS, the contact's number) is written first and claimed before the provider is called, so
 * the unique row makes it at most one per check-in and citizen, however often the citizen answers "safe" or the
 * answer is read again.
 */
@Component
@ConditionalOnRole(Role.SMS)
class EmergencyContactRelay {

	private static final Logger log = LoggerFactory.getLogger(EmergencyContactRelay.class);

	private final EmergencyContacts contacts;

	private final CheckIns checkIns;

	private final Deliveries deliveries;

	private final DeliveryLedger ledger;

	private final ProviderRouting routing;

	private final Providers<SmsSender> senders;

	private final SafeTexts texts;

	EmergencyContactRelay(EmergencyContacts contacts, CheckIns checkIns, Deliveries deliveries, DeliveryLedger ledger,
			ProviderRouting routing, List<SmsSender> senders, SafeTexts texts) {
		this.contacts = contacts;
		this.checkIns = checkIns;
		this.deliveries = deliveries;
		this.ledger = ledger;
		this.routing = routing;
		this.senders = Providers.of(Channel.SMS, senders, SmsSender::provider, routing);
		this.texts = texts;
	}

	/** The ledger's alert id of the messages to emergency contacts about a check-in: one per check-in. */
	static UUID relayId(UUID checkInId) {
		return UUID.nameUUIDFromBytes(("beacon-checkin-relay:" + checkInId).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Tells the citizen's emergency contact, if the answer is "safe", the citizen consents, and the contact was not
	 * told of this check-in yet.
	 *
	 * @throws DeliveryFailure transient, when the provider should be tried again later (the row is QUEUED again)
	 */
	void relay(SafetyAnswerRecord answer) {
		Optional<Due> due = due(answer);
		if (due.isEmpty()) {
			return;
		}
		String provider = routing.choose(Channel.SMS, Set.of())
			.orElseThrow(() -> DeliveryFailure.local(Channel.SMS, "circuit-open", "every SMS provider is down", null));
		long id = due.get().deliveryId();
		String destination = ledger.claimAll(List.of(id), provider).get(id);
		if (destination == null) {
			return; // another reading of an answer claimed it first
		}
		send(id, provider, destination, texts.safe(answer.answeredAt(), due.get().countries(),
				due.get().contact().locale()));
	}

	/** Records a relay whose retries are spent as FAILED, never dropped silently. */
	void exhausted(SafetyAnswerRecord answer, String lastError) {
		due(answer).ifPresent(due -> {
			String reason = lastError == null ? "failed after all retries" : lastError;
			log.error("Telling the emergency contact of subscriber {} about check-in {} failed after all retries: {}",
					answer.subscriberId(), answer.checkInId(), Masking.line(reason));
			ledger.failed(due.deliveryId(), "retries-exhausted", reason);
		});
	}

	/** A relay to do: its QUEUED ledger row, whom it goes to and the check-in's countries. */
	private record Due(long deliveryId, SafeContact contact, List<String> countries) {
	}

	/**
	 * The relay the answer calls for, its ledger row written now if it was not there: empty for anything but "safe",
	 * without the citizen's consent, and once the row is claimed or done.
	 */
	private Optional<Due> due(SafetyAnswerRecord answer) {
		if (!answer.safe()) {
			return Optional.empty();
		}
		Optional<SafeContact> contact = contacts.toTellWhenSafe(answer.subscriberId());
		List<String> countries = checkIns.countries(answer.checkInId());
		if (contact.isEmpty() || countries.isEmpty()) {
			return Optional.empty();
		}
		String locale = contact.get().locale().getLanguage();
		return deliveries.record(relayId(answer.checkInId()), List.of(new Recipient(answer.subscriberId(),
				Channel.SMS, contact.get().phone(), locale)))
			.stream()
			.findFirst()
			.map(row -> new Due(row.id(), contact.get(), countries));
	}

	/**
	 * Calls the provider with no transaction open: the call takes as long as the provider does, and a transaction held
	 * across it would keep a pooled connection and the row's lock that long. The claim before and the outcome after
	 * are each a statement of their own; should this process die in between, the row stays SENDING and is settled by
	 * asking the provider, never by sending again blindly.
	 */
	private void send(long id, String provider, String destination, String text) {
		try {
			String providerId = senders.get(provider).send(destination, text);
			ledger.sentAll(List.of(Answer.accepted(id, providerId)));
			log.info("Told emergency contact {} that their citizen answered safe (delivery {})",
					Masking.phone(destination), id);
		}
		catch (DeliveryFailure failure) {
			if (failure.permanent()) {
				ledger.failed(id, failure.code(), failure.getMessage());
				log.warn("The provider refused the message to emergency contact {}: {}", Masking.phone(destination),
						failure.getMessage());
				return;
			}
			ledger.releaseAll(List.of(Answer.refused(id, failure.code(), failure.getMessage())));
			throw failure;
		}
	}
}
