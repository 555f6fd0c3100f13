package org.beacon.delivery.relay;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.checkins.CheckIns;
import org.beacon.ledger.Deliveries;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.EmergencyContacts;
import org.beacon.subscribers.EmergencyContacts.SafeContact;
import org.beacon.subscribers.Recipient;
import org.springframework.stereotype.Component;

/**
 * Which emergency contacts a record of answers calls for telling, each with its ledger row: one lookup of consent for
 * the record's "safe" answers, and one statement writing the rows that are not there yet.
 */
@Component
@ConditionalOnRole(Role.SMS)
class RelaysDue {

	/** A relay to do: its QUEUED ledger row, whom it goes to, the check-in's countries and when the citizen answered. */
	record Due(long deliveryId, UUID subscriberId, SafeContact contact, List<String> countries, Instant answeredAt) {
	}

	private final EmergencyContacts contacts;

	private final CheckIns checkIns;

	private final Deliveries deliveries;

	RelaysDue(EmergencyContacts contacts, CheckIns checkIns, Deliveries deliveries) {
		this.contacts = contacts;
		this.checkIns = checkIns;
		this.deliveries = deliveries;
	}

	/**
	 * The relays the answers call for, their ledger rows written now if they were not there: none for anything but
	 * "safe", without the citizen's consent, and once the row is claimed or done. A citizen who answered "safe" twice
	 * is relayed once, with the first time.
	 */
	List<Due> due(SafetyAnswerRecord answers) {
		Map<UUID, Instant> safe = new LinkedHashMap<>();
		answers.safe().forEach(answer -> safe.merge(answer.subscriberId(), answer.answeredAt(),
				(one, other) -> one.isBefore(other) ? one : other));
		Map<UUID, SafeContact> consenting = safe.isEmpty() ? Map.of() : contacts.toTellWhenSafe(safe.keySet());
		if (consenting.isEmpty()) {
			return List.of();
		}
		List<String> countries = checkIns.countries(answers.checkInId());
		if (countries.isEmpty()) {
			return List.of();
		}
		List<Recipient> recipients = consenting.entrySet()
			.stream()
			.map(contact -> new Recipient(contact.getKey(), Channel.SMS, contact.getValue().phone(),
					contact.getValue().locale().getLanguage()))
			.toList();
		return deliveries.record(EmergencyContactRelay.relayId(answers.checkInId()), recipients)
			.stream()
			.map(row -> new Due(row.id(), row.subscriberId(), consenting.get(row.subscriberId()), countries,
					safe.get(row.subscriberId())))
			.toList();
	}
}
