package org.beacon.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Component;

/**
 * Delivers a batch of one channel's jobs, as Kafka hands them to a worker, through the providers the routing chooses:
 * a slice at a time, each slice as many messages as its provider takes in a second. One statement claims a slice's
 * rows for its provider, the claimed jobs go to the provider in parallel chunks (one connection each), and one
 * statement per kind of outcome records them. Rows already claimed (a redelivered or replayed job) are skipped.
 * Transient failures go back to QUEUED and are returned to the caller, which hands them to its retry topic. Rows
 * whose provider was not called (its circuit opened after the claim) are handed back and go to the next provider up;
 * when none is up they are left as they were, and the caller has the batch again later. A retry is a batch of one,
 * through the same path.
 */
@Component
public class DeliveryBatches {

	private final DeliveryLedger ledger;

	private final ProviderRouting routing;

	private final ProviderRateLimits rateLimits;

	private final ProviderCalls calls;

	private final BatchOutcomes outcomes;

	private final DeliveryMetrics metrics;

	DeliveryBatches(DeliveryLedger ledger, ProviderRouting routing, ProviderRateLimits rateLimits,
			ProviderCalls calls, BatchOutcomes outcomes, DeliveryMetrics metrics) {
		this.ledger = ledger;
		this.routing = routing;
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
	 * @param interrupted whether some jobs were left as they were (every provider's circuit opened): the caller must
	 * have the batch again later rather than acknowledge it
	 */
	public record Outcome<J>(List<Unsent<J>> retry, List<Unsent<J>> refused, boolean interrupted) {
	}

	/** A job the provider did not take, for good or for now. */
	public record Unsent<J>(J job, String destination, DeliveryFailure failure) {
	}

	/** Whether every provider of the channel is known to be down, so nothing should be claimed now. */
	public boolean providerDown(Channel channel) {
		return routing.allDown(channel);
	}

	/**
	 * Delivers the jobs a slice at a time, each slice through the provider the routing chooses for it and as many
	 * messages as that provider takes in a second: the tokens are taken before the rows are claimed, so no row waits
	 * in SENDING for them.
	 */
	public <J extends DeliveryJob> Outcome<J> deliver(Channel channel, Priority priority, List<J> jobs,
			ChunkSender<J> sender) {
		List<Unsent<J>> retry = new ArrayList<>();
		List<Unsent<J>> refused = new ArrayList<>();
		Set<String> refusedCalls = new HashSet<>();
		List<J> left = jobs;
		while (!left.isEmpty()) {
			Optional<String> provider = routing.choose(channel, refusedCalls);
			if (provider.isEmpty()) {
				// The rest is left unclaimed, for the batch to come again once a provider is back.
				return new Outcome<>(retry, refused, true);
			}
			int slice = Math.min(left.size(), Math.max(1, rateLimits.perSecond(provider.get())));
			rateLimits.acquire(channel, provider.get(), slice);
			BatchOutcomes.Recorded<J> recorded = deliverNow(channel, provider.get(), priority, left.subList(0, slice),
					sender);
			retry.addAll(recorded.outcome().retry());
			refused.addAll(recorded.outcome().refused());
			if (!recorded.untouched().isEmpty()) {
				// Its breaker opened after this slice was claimed: the slice's rest goes to another provider now.
				refusedCalls.add(provider.get());
			}
			List<J> next = new ArrayList<>(recorded.untouched());
			next.addAll(left.subList(slice, left.size()));
			left = next;
		}
		return new Outcome<>(retry, refused, false);
	}

	private <J extends DeliveryJob> BatchOutcomes.Recorded<J> deliverNow(Channel channel, String provider,
			Priority priority, List<J> jobs, ChunkSender<J> sender) {
		Map<Long, String> destinations = ledger.claimAll(jobs.stream().map(DeliveryJob::deliveryId).toList(),
				provider);
		List<Claimed<J>> claimed = new ArrayList<>(destinations.size());
		for (J job : jobs) {
			String destination = destinations.remove(job.deliveryId());
			if (destination != null) {
				claimed.add(new Claimed<>(job, destination));
			}
		}
		metrics.count(channel, priority, "SKIPPED", jobs.size() - claimed.size());
		if (claimed.isEmpty()) {
			return new BatchOutcomes.Recorded<>(new Outcome<>(List.of(), List.of(), false), List.of());
		}
		// No transaction is open here: see ProviderCalls.
		List<ProviderAnswer> answers = calls.send(channel, provider, claimed, sender);
		return outcomes.record(channel, priority, claimed, answers);
	}
}
