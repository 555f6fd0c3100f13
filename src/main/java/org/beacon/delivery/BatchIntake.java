package org.beacon.delivery;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.beacon.delivery.DeliveryAttempts.Priority;
import org.beacon.delivery.DeliveryBatches.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What every channel's batch listener does with a batch Kafka hands it: while the provider's circuit is open, give
 * the batch back unclaimed to come again after a pause; otherwise deliver it, queue its transient failures on the
 * retries topic, act on its refusals, and acknowledge it.
 */
@Component
public class BatchIntake {

	private static final Logger log = LoggerFactory.getLogger(BatchIntake.class);

	static final Duration PAUSE_WHILE_DOWN = Duration.ofSeconds(1);

	private final DeliveryBatches batches;

	private final RetryLane retries;

	private final MeterRegistry meters;

	BatchIntake(DeliveryBatches batches, RetryLane retries, MeterRegistry meters) {
		this.batches = batches;
		this.retries = retries;
		this.meters = meters;
	}

	/**
	 * @param retryTopic where the transient failures go
	 * @param refusals what the channel does about messages refused for good, before the batch is acknowledged
	 */
	public <J extends DeliveryJob> void take(String channel, Priority priority, List<J> jobs, ChunkSender<J> sender,
			String retryTopic, Consumer<List<Refusal<J>>> refusals, Acknowledgment ack) {
		if (batches.providerDown(channel)) {
			// Index 0: the whole batch comes again after the pause (a batch listener's nack names where to resume).
			ack.nack(0, PAUSE_WHILE_DOWN);
			return;
		}
		List<J> readable = readable(channel, jobs);
		DeliveryBatches.Outcome<J> outcome = batches.deliver(channel, priority, readable, sender);
		refusals.accept(outcome.refused());
		retries.forward(retryTopic, outcome.retry());
		if (outcome.interrupted()) {
			// Jobs left unclaimed when the circuit opened come again with the batch; those done are skipped then.
			ack.nack(0, PAUSE_WHILE_DOWN);
		}
		else {
			ack.acknowledge();
		}
	}

	/**
	 * The jobs that could be read. A record that could not be converted (null) or had no value (KafkaNull) names no
	 * delivery that can be sent; it is counted and logged as an error, never passed on silently.
	 */
	private <J extends DeliveryJob> List<J> readable(String channel, List<J> jobs) {
		List<J> readable = jobs.stream().filter(job -> ((Object) job) instanceof DeliveryJob).toList();
		int unreadable = jobs.size() - readable.size();
		if (unreadable > 0) {
			log.error("{} of a batch of {} {} jobs could not be read and were not sent", unreadable, jobs.size(),
					channel);
			meters.counter("beacon.deliveries.unreadable", "channel", channel).increment(unreadable);
		}
		return readable;
	}
}
