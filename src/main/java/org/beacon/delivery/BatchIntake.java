package org.beacon.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.beacon.delivery.DeliveryAttempts.Priority;
import org.beacon.delivery.DeliveryBatches.Refusal;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * What every channel's batch listener does with a batch Kafka hands it: while the provider's circuit is open, give
 * the batch back unclaimed to come again after a pause; otherwise deliver it, queue its transient failures on the
 * retries topic, act on its refusals, and acknowledge it.
 */
@Component
public class BatchIntake {

	static final Duration PAUSE_WHILE_DOWN = Duration.ofSeconds(1);

	private final DeliveryBatches batches;

	private final RetryLane retries;

	BatchIntake(DeliveryBatches batches, RetryLane retries) {
		this.batches = batches;
		this.retries = retries;
	}

	/**
	 * @param retryTopic where the transient failures go
	 * @param refusals what the channel does about messages refused for good, before the batch is acknowledged
	 */
	public <J extends DeliveryJob> void take(String channel, Priority priority, List<J> jobs, ChunkSender<J> sender,
			String retryTopic, Consumer<List<Refusal<J>>> refusals, Acknowledgment ack) {
		if (batches.providerDown(channel)) {
			ack.nack(PAUSE_WHILE_DOWN);
			return;
		}
		// A record that could not be read arrives as null; there is nothing in it to send.
		List<J> readable = jobs.stream().filter(Objects::nonNull).toList();
		DeliveryBatches.Outcome<J> outcome = batches.deliver(channel, priority, readable, sender);
		refusals.accept(outcome.refused());
		retries.forward(retryTopic, outcome.retry());
		ack.acknowledge();
	}
}
