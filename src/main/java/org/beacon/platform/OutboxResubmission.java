package org.beacon.platform;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/**
 * Sends again, while Beacon runs, every event whose externalization to Kafka has not completed for a while (the
 * broker was down when the alert was issued), instead of waiting for the next restart. Consumers are idempotent,
 * so an event sent twice does no harm.
 */
@Component
class OutboxResubmission {

	private final IncompleteEventPublications publications;

	private final Duration olderThan;

	OutboxResubmission(IncompleteEventPublications publications,
			@Value("${beacon.outbox.resubmit-older-than:PT1M}") Duration olderThan) {
		this.publications = publications;
		this.olderThan = olderThan;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${beacon.outbox.resubmit-interval:PT1M}")
	@SchedulerLock(name = "outbox-resubmission")
	void resubmit() {
		publications.resubmitIncompletePublicationsOlderThan(olderThan);
	}
}
