package org.beacon.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Where the batch workers hand the jobs that failed transiently. Spring Kafka's retry topics do not serve batch
 * listeners, so each channel and lane has a {@code .retries} topic read by a record listener whose
 * {@code @RetryableTopic} takes over: growing delays, then the dead-letter topic. The first retry waits too: a job
 * carries the time before which it must not be tried again, and its listener waits for that time.
 */
@Component
public class RetryLane {

	/** The header with the epoch millisecond before which a forwarded job is not tried again. */
	public static final String NOT_BEFORE = "beacon-not-before";

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

	private final KafkaTemplate<String, Object> kafka;

	private final long delayMs;

	RetryLane(KafkaTemplate<String, Object> kafka, @Value("${beacon.delivery.retry-delay-ms:1000}") long delayMs) {
		this.kafka = kafka;
		this.delayMs = delayMs;
	}

	/** Queues the jobs on the retry topic and returns once Kafka has acknowledged every one. */
	public void forward(String topic, List<? extends DeliveryJob> jobs) {
		if (jobs.isEmpty()) {
			return;
		}
		byte[] notBefore = Long.toString(System.currentTimeMillis() + delayMs).getBytes(StandardCharsets.US_ASCII);
		List<CompletableFuture<?>> acks = new ArrayList<>(jobs.size());
		for (DeliveryJob job : jobs) {
			acks.add(kafka.send(MessageBuilder.withPayload(job)
				.setHeader(KafkaHeaders.TOPIC, topic)
				.setHeader(KafkaHeaders.KEY, job.subscriberId().toString())
				.setHeader(NOT_BEFORE, notBefore)
				.build()));
		}
		try {
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while queuing retries", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			// The batch fails and comes again: its released rows are QUEUED, so they are claimed and tried again.
			throw new IllegalStateException("could not queue " + jobs.size() + " retries on " + topic, ex);
		}
	}

	/**
	 * Waits until a forwarded job is due. Jobs reach a partition in the order they failed, so only the first of a
	 * run waits for long.
	 */
	public void awaitDue(byte[] notBefore) {
		if (notBefore == null) {
			return;
		}
		long wait = Long.parseLong(new String(notBefore, StandardCharsets.US_ASCII)) - System.currentTimeMillis();
		if (wait > 0) {
			try {
				Thread.sleep(Math.min(wait, LONGEST_WAIT.toMillis()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new DeliveryFailure(false, "interrupted", "worker stopping", ex);
			}
		}
	}
}
