package org.beacon.delivery.relay;

import org.beacon.delivery.DeliveryRetries;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Reads citizens' answers to check-ins ({@code beacon.checkin.responses}) for the relay to emergency contacts, in
 * a consumer group of its own, so the relay neither waits for nor delays the other readers of the topic. A transient
 * provider failure is tried again through retry topics with the delivery retry policy (the ledger row makes each try
 * safe), then dead-lettered and recorded as FAILED; a permanent one is recorded at once and not retried.
 */
@Component
@ConditionalOnRole(Role.SMS)
class SafetyAnswersListener {

	private final EmergencyContactRelay relay;

	SafetyAnswersListener(EmergencyContactRelay relay) {
		this.relay = relay;
	}

	@DeliveryRetries
	@KafkaListener(id = "checkin-relay", groupId = "beacon-checkin-relay", topics = Topics.CHECKIN_RESPONSES)
	void on(SafetyAnswerRecord answer) {
		relay.relay(answer);
	}

	@DltHandler
	void dead(SafetyAnswerRecord answer,
			@Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		relay.exhausted(answer, reason);
	}
}
