package org.beacon.fanout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.beacon.ledger.Deliveries;
import org.beacon.ledger.DeliveryCancellation;
import org.beacon.ledger.FanoutRuns;
import org.beacon.ledger.Deliveries.Pending;
import org.beacon.subscribers.Audience;
import org.beacon.subscribers.AudienceCriteria;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns an issued alert into one delivery job per recipient and channel: the area's audience, or for an update the
 * recipients of the alert it follows ({@link FollowUpAudience}). Page by page, in the audience's order, it
 * writes the ledger rows first, then queues their jobs, then records the page's last subscriber as queued. Running
 * it again for the same alert (a retry, a rebalance, a replayed topic) resumes after that subscriber: it adds no row
 * and re-queues at most the page whose queuing was interrupted; a job queued twice is still sent once, because
 * workers claim rows. A cancelled alert's fan-out stops at the next page ({@link DeliveryCancellation}).
 */
@Service
class FanOut {

	private static final Logger log = LoggerFactory.getLogger(FanOut.class);

	private final Audience audience;

	private final FollowUpAudience followUps;

	private final FanoutRuns runs;

	private final AlertRecords records;

	private final Deliveries deliveries;

	private final DeliveryJobs jobs;

	private final FanoutProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	FanOut(Audience audience, FollowUpAudience followUps, FanoutRuns runs, AlertRecords records,
			Deliveries deliveries, DeliveryJobs jobs, FanoutProperties properties, Clock clock, MeterRegistry meters) {
		this.runs = runs;
		this.records = records;
		this.meters = meters;
		this.audience = audience;
		this.followUps = followUps;
		this.deliveries = deliveries;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
	}

	void run(AlertRecord alert) throws Exception {
		long started = System.nanoTime();
		// The record is kept with the run, so that a row sent again after its worker died gets the same job.
		records.started(alert);
		// Places are matched on the day the alert was issued, so a late or replayed fan-out reaches the same people.
		LocalDate day = LocalDate.ofInstant(alert.issuedAt(), ZoneOffset.UTC);
		AudienceCriteria criteria = AudienceCriteria.of(alert.countries(), alert.regions(), alert.shapes(),
				alert.channels().stream().map(Channel::valueOf).toList(), day);
		AtomicLong queued = new AtomicLong();
		try {
			UUID start = runs.queuedThrough(alert.alertId());
			Consumer<List<Recipient>> write = page -> {
				List<Pending> pending = deliveries.record(alert.alertId(), page);
				if (!pending.isEmpty()) {
					publish(alert, pending);
					queued.addAndGet(pending.size());
				}
				runs.queuedThrough(alert.alertId(), page.get(page.size() - 1).subscriberId());
			};
			if (alert.follows() == null) {
				audience.forEachPage(criteria, properties.pageSize(), start, write);
			}
			else {
				followUps.forEachPage(alert.follows(), properties.pageSize(), start, write);
			}
		}
		catch (QueueingFailed ex) {
			throw (Exception) ex.getCause();
		}
		catch (Deliveries.Cancelled ex) {
			// Staff cancelled the alert: the pages not yet written are never written; the audience stays as far as
			// it got, and the run is complete.
			log.info("Fan-out of alert {} stopped: the alert was cancelled after {} job(s)", alert.alertId(),
					queued.get());
		}
		runs.completed(alert.alertId(), clock.instant());
		long elapsed = System.nanoTime() - started;
		String priority = alert.urgent() ? "urgent" : "routine";
		meters.timer("beacon.fanout.duration", "priority", priority).record(elapsed, TimeUnit.NANOSECONDS);
		meters.counter("beacon.fanout.jobs", "priority", priority).increment(queued.get());
		log.info("Fanned out alert {}: queued {} job(s) in {} ms", alert.alertId(), queued.get(), elapsed / 1_000_000);
	}

	private void publish(AlertRecord alert, List<Pending> pending) {
		try {
			jobs.publish(alert, pending);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new QueueingFailed(ex);
		}
		catch (Exception ex) {
			throw new QueueingFailed(ex);
		}
	}

	/** Carries a checked failure out of the page callback. */
	private static final class QueueingFailed extends RuntimeException {

		QueueingFailed(Exception cause) {
			super(cause);
		}
	}
}
