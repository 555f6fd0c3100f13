package org.beacon.broadcast.advisory;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.StageRetries;
import org.beacon.platform.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code beacon.advisory-changes}. Records of one country share a partition, so its changes are judged in
 * the order they happened. Failures retry through retry topics; a change that cannot be handled lands on the
 * dead-letter topic and is logged as an error for staff to act on.
 */
@Component
@ConditionalOnRole(Role.FANOUT)
@EnableConfigurationProperties(AdvisoryAlertPolicy.class)
class AdvisoryChangesListener {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryChangesListener.class);

	private final AdvisoryAlerts advisoryAlerts;

	AdvisoryChangesListener(AdvisoryAlerts advisoryAlerts) {
		this.advisoryAlerts = advisoryAlerts;
	}

	@StageRetries(attempts = "${beacon.advisories.alerts.attempts:5}")
	@KafkaListener(id = "advisory-alerts", groupId = "beacon-advisory-alerts", topics = Topics.ADVISORY_CHANGES)
	void on(AdvisoryChangeRecord change) {
		if (!AdvisoryChangeRecord.CHANGED.equals(change.type())) {
			log.debug("Ignoring {} record for {}", change.type(), change.country());
			return;
		}
		advisoryAlerts.on(change);
	}

	@DltHandler
	void dead(AdvisoryChangeRecord change,
			@Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		log.error("Advisory change {} could not be turned into an alert after all retries: {}", change.key(),
				Masking.line(reason));
	}
}
