package org.beacon.fanout;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.beacon.ledger.DeliveriesRequeued;
import org.beacon.ledger.Deliveries.Pending;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.KnownRecipients;
import org.beacon.subscribers.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues the jobs of deliveries sent back to QUEUED after their worker died ({@link DeliveriesRequeued}), built as
 * the first ones were: from the alert record the fan-out kept, in the recipient's language. Runs in whichever process
 * re-queued them; a failure leaves the event incomplete, and the event publication registry hands it over again
 * (a job queued twice is still sent once: workers claim rows).
 */
@Component
class RequeuedJobs {

	private static final Logger log = LoggerFactory.getLogger(RequeuedJobs.class);

	/** The language of a recipient no longer reachable: the row is claimed and its outcome recorded as any other. */
	private static final String DEFAULT_LOCALE = "en";

	private final AlertRecords records;

	private final KnownRecipients recipients;

	private final DeliveryJobs jobs;

	RequeuedJobs(AlertRecords records, KnownRecipients recipients, DeliveryJobs jobs) {
		this.records = records;
		this.recipients = recipients;
		this.jobs = jobs;
	}

	@ApplicationModuleListener
	void on(DeliveriesRequeued requeued) throws Exception {
		AlertRecord alert = records.of(requeued.alertId())
			.orElseThrow(() -> new IllegalStateException("no record kept of alert " + requeued.alertId()));
		Map<String, String> locales = locales(requeued.rows());
		List<Pending> pending = requeued.rows().stream()
			.map(row -> new Pending(row.deliveryId(), row.subscriberId(), row.channel(),
					locales.getOrDefault(row.subscriberId() + row.channel().name(), DEFAULT_LOCALE)))
			.toList();
		jobs.publish(alert, pending);
		log.info("Queued {} job(s) of alert {} again: their worker stopped before the provider took them",
				pending.size(), alert.alertId());
	}

	private Map<String, String> locales(List<DeliveriesRequeued.Row> rows) {
		Map<UUID, Set<Channel>> wanted = new LinkedHashMap<>();
		rows.forEach(row -> wanted.computeIfAbsent(row.subscriberId(), id -> EnumSet.noneOf(Channel.class))
			.add(row.channel()));
		Map<String, String> locales = new HashMap<>();
		for (Recipient recipient : recipients.of(wanted)) {
			locales.put(recipient.subscriberId() + recipient.channel().name(), recipient.locale());
		}
		return locales;
	}
}
