package org.beacon.delivery;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.beacon.delivery.DeliveryBatches.Unsent;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.platform.Masking;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * What every channel's listeners do with the jobs Kafka hands them, the first try and the retries alike: each goes
 * through {@link DeliveryBatches}, a retry as a batch of one. A batch is given back unclaimed while the circuits of
 * all the channel's providers are open, to come again after a pause; otherwise it is delivered, its transient failures
 * are queued on the retries topic, its refusals are acted on, and it is acknowledged.
 */
@Component
public class BatchIntake {

	private static final Logger log = LoggerFactory.getLogger(BatchIntake.class);

	static final Duration PAUSE_WHILE_DOWN = Duration.ofSeconds(1);

	private final DeliveryBatches batches;

	private final RetryLane retries;

	private final ProviderRouting routing;

	private final DeliveryLedger ledger;

	private final DeliveryMetrics metrics;

	BatchIntake(DeliveryBatches batches, RetryLane retries, ProviderRouting routing, DeliveryLedger ledger,
			DeliveryMetrics metrics) {
		this.batches = batches;
		this.retries = retries;
		this.routing = routing;
		this.ledger = ledger;
		this.metrics = metrics;
	}

	/**
	 * @param retryTopic where the transient failures go
	 * @param refusals what the channel does about messages refused for good, before the batch is acknowledged
	 */
	public <J extends DeliveryJob> void take(Channel channel, Priority priority, List<J> jobs, ChunkSender<J> sender,
			String retryTopic, Consumer<List<Unsent<J>>> refusals, Acknowledgment ack) {
		if (batches.providerDown(channel)) {
			// Index 0: the whole batch comes again after the pause (a batch listener's nack names where to resume).
			ack.nack(0, PAUSE_WHILE_DOWN);
			return;
		}
		List<J> readable = readable(channel, jobs);
		DeliveryBatches.Outcome<J> outcome = batches.deliver(channel, priority, readable, sender);
		refusals.accept(outcome.refused());
		retries.forward(retryTopic, outcome.retry().stream().map(Unsent::job).toList());
		if (outcome.interrupted()) {
			// Jobs left unclaimed when every circuit opened come again with the batch; those done are skipped then.
			ack.nack(0, PAUSE_WHILE_DOWN);
		}
		else {
			ack.acknowledge();
		}
	}

	/**
	 * Tries a job of a retries topic again, as a batch of one: once it is due and a provider's circuit lets calls
	 * through, it is claimed, sent and recorded as a batch is.
	 *
	 * @param notBefore the job's {@link RetryLane#NOT_BEFORE} header, if it has one
	 * @param refusals what the channel does about a message refused for good
	 * @throws DeliveryFailure transient, when the job failed again (its row is QUEUED again) or every provider's
	 * circuit kept it from being tried: the caller's retry topic tries again later
	 */
	public <J extends DeliveryJob> void retake(Channel channel, Priority priority, J job, byte[] notBefore,
			ChunkSender<J> sender, Consumer<List<Unsent<J>>> refusals) {
		retries.awaitDue(notBefore);
		routing.awaitAvailable(channel);
		DeliveryBatches.Outcome<J> outcome = batches.deliver(channel, priority, List.of(job), sender);
		refusals.accept(outcome.refused());
		if (!outcome.retry().isEmpty()) {
			throw outcome.retry().get(0).failure();
		}
		if (outcome.interrupted()) {
			throw DeliveryFailure.local(channel, "circuit-open", "every provider's circuit opened before the call", null);
		}
	}

	/**
	 * Retries are exhausted: the delivery is recorded as FAILED with the last error, never dropped silently.
	 *
	 * @param lastError the exception message the dead-letter record carries
	 */
	public void exhausted(Channel channel, long deliveryId, String lastError) {
		String reason = lastError == null ? "failed after all retries" : lastError;
		log.error("{} delivery {} failed after all retries: {}", channel, deliveryId, Masking.line(reason));
		ledger.failed(deliveryId, "retries-exhausted", reason);
		metrics.deadLettered(channel);
	}

	/**
	 * The jobs that could be read. A record that could not be converted (null) or had no value (KafkaNull) names no
	 * delivery that can be sent; it is counted and logged as an error, never passed on silently.
	 */
	private <J extends DeliveryJob> List<J> readable(Channel channel, List<J> jobs) {
		List<J> readable = jobs.stream().filter(job -> ((Object) job) instanceof DeliveryJob).toList();
		int unreadable = jobs.size() - readable.size();
		if (unreadable > 0) {
			log.error("{} of a batch of {} {} jobs could not be read and were not sent", unreadable, jobs.size(),
					channel);
			metrics.unreadable(channel, unreadable);
		}
		return readable;
	}
}
