package org.beacon.fanout;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.beacon.ledger.Deliveries;
import org.beacon.ledger.Deliveries.Pending;
import org.beacon.ledger.FanoutShards;
import org.beacon.ledger.FanoutShards.Shard;
import org.beacon.subscribers.Audience;
import org.beacon.subscribers.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Walks one shard of an alert's audience: the area's, for an update the recipients of the alert it follows
 * ({@link FollowUpAudience}), for a check-in's later wave its recipients who have not answered ({@link WaveAudience}). Page by page, in subscriber order, it writes the ledger rows first, then queues their
 * jobs, then records the page's last subscriber as the shard's cursor. Walking a shard again (a retry, a rebalance,
 * a replayed record) resumes after that subscriber: it adds no row and re-queues at most the page whose queuing was
 * interrupted; a job queued twice is still sent once, because workers claim rows. A cancelled alert's shard stops at
 * the next page ({@link org.beacon.ledger.DeliveryCancellation}). The last shard to complete completes the alert.
 */
@Service
class ShardWalk {

	private static final Logger log = LoggerFactory.getLogger(ShardWalk.class);

	private final Audience audience;

	private final FollowUpAudience followUps;

	private final WaveAudience waves;

	private final FanoutShards shards;

	private final Deliveries deliveries;

	private final DeliveryJobs jobs;

	private final FanoutProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	ShardWalk(Audience audience, FollowUpAudience followUps, WaveAudience waves, FanoutShards shards,
			Deliveries deliveries, DeliveryJobs jobs, FanoutProperties properties, Clock clock, MeterRegistry meters) {
		this.audience = audience;
		this.followUps = followUps;
		this.waves = waves;
		this.shards = shards;
		this.deliveries = deliveries;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
	}

	/** @throws IllegalStateException when the alert has no such shard: the record names a plan that was never made */
	void walk(AlertRecord alert, int index) throws Exception {
		UUID alertId = alert.alertId();
		Shard shard = shards.shard(alertId, index)
			.orElseThrow(() -> new IllegalStateException("Alert " + alertId + " has no shard " + index));
		if (shard.complete()) {
			return;
		}
		long started = System.nanoTime();
		AtomicLong queued = new AtomicLong();
		try {
			Consumer<List<Recipient>> write = page -> {
				List<Pending> pending = deliveries.record(alertId, page);
				if (!pending.isEmpty()) {
					publish(alert, pending);
					queued.addAndGet(pending.size());
				}
				shards.queuedThrough(alertId, index, page.get(page.size() - 1).subscriberId());
			};
			UUID through = shard.range().through();
			if (alert.isWave()) {
				waves.forEachPage(alert, properties.pageSize(), shard.resumeAfter(), through, write);
			}
			else if (alert.follows() == null) {
				audience.forEachPage(ShardPlan.criteria(alert), properties.pageSize(), shard.resumeAfter(), through,
						write);
			}
			else {
				followUps.forEachPage(alert.follows(), properties.pageSize(), shard.resumeAfter(), through, write);
			}
		}
		catch (QueueingFailed ex) {
			throw (Exception) ex.getCause();
		}
		catch (Deliveries.Cancelled ex) {
			// Staff cancelled the alert: the pages not yet written are never written; the audience stays as far as
			// it got, and the shard is complete.
			log.info("Fan-out of alert {} shard {} stopped: the alert was cancelled after {} job(s)", alertId, index,
					queued.get());
		}
		Optional<Duration> took = shards.completed(alertId, index, clock.instant());
		String priority = alert.urgent() ? "urgent" : "routine";
		meters.counter("beacon.fanout.jobs", "priority", priority).increment(queued.get());
		took.ifPresent(duration -> meters.timer("beacon.fanout.duration", "priority", priority).record(duration));
		log.info("Fanned out alert {} shard {}: queued {} job(s) in {} ms{}", alertId, index, queued.get(),
				(System.nanoTime() - started) / 1_000_000,
				took.map(duration -> "; the alert is complete after " + duration.toMillis() + " ms").orElse(""));
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
