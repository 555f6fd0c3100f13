package org.beacon.delivery.relay;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderRouting;
import org.beacon.delivery.Providers;
import org.beacon.delivery.relay.RelaysDue.Due;
import org.beacon.delivery.sms.SmsSender;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryLedger.Answer;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.subscribers.Channel;
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

	private final RelaysDue relays;

	private final DeliveryLedger ledger;

	private final ProviderRouting routing;

	private final Providers<SmsSender> senders;

	private final SafeTexts texts;

	EmergencyContactRelay(RelaysDue relays, DeliveryLedger ledger, ProviderRouting routing, List<SmsSender> senders,
			SafeTexts texts) {
		this.relays = relays;
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
	 * Tells the emergency contacts of the citizens who answered "safe", consent to it, and whose contact was not told
	 * of this check-in yet.
	 *
	 * @throws DeliveryFailure transient, when the provider should be tried again later for one of them (its row is
	 * QUEUED again; the others' rows are done and are not sent again)
	 */
	void relay(SafetyAnswerRecord answers) {
		List<Due> due = relays.due(answers);
		if (due.isEmpty()) {
			return;
		}
		String provider = routing.choose(Channel.SMS, Set.of())
			.orElseThrow(() -> DeliveryFailure.local(Channel.SMS, "circuit-open", "every SMS provider is down", null));
		DeliveryFailure retry = null;
		for (Due one : due) {
			// Claimed one at a time, just before its call: a stop mid-record leaves at most this one in doubt.
			String destination = ledger.claimAll(List.of(one.deliveryId()), provider).get(one.deliveryId());
			if (destination == null) {
				continue; // another reading of an answer claimed it first
			}
			try {
				send(one.deliveryId(), provider, destination,
						texts.safe(one.answeredAt(), one.countries(), one.contact().locale()));
			}
			catch (DeliveryFailure failure) {
				retry = failure;
			}
		}
		if (retry != null) {
			throw retry;
		}
	}

	/** Records the relays whose retries are spent as FAILED, never dropped silently. */
	void exhausted(SafetyAnswerRecord answers, String lastError) {
		String reason = lastError == null ? "failed after all retries" : lastError;
		for (Due due : relays.due(answers)) {
			log.error("Telling the emergency contact of subscriber {} about check-in {} failed after all retries: {}",
					due.subscriberId(), answers.checkInId(), Masking.line(reason));
			ledger.failed(due.deliveryId(), "retries-exhausted", reason);
		}
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
