package org.beacon.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Component;

/**
 * Delivers a batch of one channel's jobs, as Kafka hands them to a worker: one statement claims every row of the
 * batch, the claimed jobs go to the provider in parallel chunks (one connection each), and one statement per kind of
 * outcome records them. Rows already claimed (a redelivered or replayed job) are skipped. Transient failures go back
 * to QUEUED and are returned to the caller, which hands them to its retry topic; rows whose provider was not called
 * (its circuit opened after the claim) go back as they were, and the caller has the batch again later. A retry is a
 * batch of one, through the same path.
 */
@Component
public class DeliveryBatches {

	private final DeliveryLedger ledger;

	private final ProviderCircuits circuits;

	private final ProviderRateLimits rateLimits;

	private final ProviderCalls calls;

	private final BatchOutcomes outcomes;

	private final DeliveryMetrics metrics;

	DeliveryBatches(DeliveryLedger ledger, ProviderCircuits circuits, ProviderRateLimits rateLimits,
			ProviderCalls calls, BatchOutcomes outcomes, DeliveryMetrics metrics) {
		this.ledger = ledger;
		this.circuits = circuits;
		this.rateLimits = rateLimits;
		this.calls = calls;
		this.outcomes = outcomes;
		this.metrics = metrics;
	}

	/**
	 * What became of a batch besides the messages sent.
	 *
	 * @param retry jobs that failed transiently, with their failure: their rows are QUEUED again, for the caller's
	 * retry topic
	 * @param refused jobs the provider refused for good, recorded as FAILED, with their destination and failure
	 * @param interrupted whether some jobs were left as they were (the provider's circuit opened): the caller must
	 * have the batch again later rather than acknowledge it
	 */
	public record Outcome<J>(List<Unsent<J>> retry, List<Unsent<J>> refused, boolean interrupted) {
	}

	/** A job the provider did not take, for good or for now. */
	public record Unsent<J>(J job, String destination, DeliveryFailure failure) {
	}

	/** Whether the channel's provider is known to be down: its breaker is open, so nothing should be claimed now. */
	public boolean providerDown(Channel channel) {
		return circuits.isOpen(channel);
	}

	/**
	 * Delivers the jobs a second's worth of the provider's rate at a time: the tokens are taken before the rows are
	 * claimed, so no row waits in SENDING for them, and no burst exceeds what the sender may send in a second.
	 */
	public <J extends DeliveryJob> Outcome<J> deliver(Channel channel, Priority priority, List<J> jobs,
			ChunkSender<J> sender) {
		List<Unsent<J>> retry = new ArrayList<>();
		List<Unsent<J>> refused = new ArrayList<>();
		int slice = Math.max(1, rateLimits.perSecond(channel));
		for (int from = 0; from < jobs.size(); from += slice) {
			List<J> part = jobs.subList(from, Math.min(jobs.size(), from + slice));
			rateLimits.acquire(channel, part.size());
			Outcome<J> outcome = deliverNow(channel, priority, part, sender);
			retry.addAll(outcome.retry());
			refused.addAll(outcome.refused());
			if (outcome.interrupted()) {
				// The rest is left unclaimed, for the batch to come again once the provider is back.
				return new Outcome<>(retry, refused, true);
			}
		}
		return new Outcome<>(retry, refused, false);
	}

	private <J extends DeliveryJob> Outcome<J> deliverNow(Channel channel, Priority priority, List<J> jobs,
			ChunkSender<J> sender) {
		Map<Long, String> destinations = ledger.claimAll(jobs.stream().map(DeliveryJob::deliveryId).toList());
		List<Claimed<J>> claimed = new ArrayList<>(destinations.size());
		for (J job : jobs) {
			String destination = destinations.remove(job.deliveryId());
			if (destination != null) {
				claimed.add(new Claimed<>(job, destination));
			}
		}
		metrics.count(channel, priority, "SKIPPED", jobs.size() - claimed.size());
		if (claimed.isEmpty()) {
			return new Outcome<>(List.of(), List.of(), false);
		}
		// No transaction is open here: see ProviderCalls.
		List<ProviderAnswer> answers = calls.send(channel, claimed, sender);
		return outcomes.record(channel, priority, claimed, answers);
	}
}
