package org.beacon.delivery;

import java.util.function.Function;

import org.beacon.ledger.DeliveryLedger;
import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * One attempt at one delivery, the same for every channel: claim the ledger row, call the provider with no
 * transaction open, record the outcome. A row that cannot be claimed was already taken by an earlier delivery of
 * the same job, and is skipped.
 */
@Component
public class DeliveryAttempts {

	private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

	private final DeliveryLedger ledger;

	private final MeterRegistry meters;

	private final DeliveryMetrics metrics;

	private final ProviderCircuits circuits;

	private final ProviderRateLimits rateLimits;

	DeliveryAttempts(DeliveryLedger ledger, MeterRegistry meters, ProviderCircuits circuits,
			ProviderRateLimits rateLimits) {
		this.ledger = ledger;
		this.meters = meters;
		this.metrics = new DeliveryMetrics(meters);
		this.circuits = circuits;
		this.rateLimits = rateLimits;
	}

	/**
	 * How an attempt ended, when it did not throw for a retry.
	 *
	 * @param destination the claimed destination; null when the attempt was skipped
	 * @param failure the permanent failure, when there was one
	 */
	public record Outcome(String destination, DeliveryFailure failure) {

		public boolean failedForGood() {
			return failure != null;
		}
	}

	/** Which lane a job came by: {@code urgent} (EXTREME and SEVERE alerts) or {@code routine}. */
	public enum Priority {
		URGENT, ROUTINE
	}

	/**
	 * @param send calls the provider for the claimed destination and returns its message id
	 * @throws DeliveryFailure a transient failure, after the row went back to QUEUED: the caller's retry topic
	 * tries again later
	 */
	public Outcome attempt(long deliveryId, String channel, Priority priority, Function<String, String> send) {
		ProviderCircuits.Permit permit = circuits.permit(channel);
		String destination;
		try {
			// A token of the provider's rate, shared by all workers, before the row is claimed.
			rateLimits.acquire(channel);
			destination = ledger.claim(deliveryId).orElse(null);
		}
		catch (RuntimeException ex) {
			permit.unused();
			throw ex;
		}
		if (destination == null) {
			permit.unused();
			log.debug("Skipping {} delivery {}: already claimed, finished or its recipient left", channel, deliveryId);
			metrics.count(channel, priority, "SKIPPED", 1);
			return new Outcome(null, null);
		}
		String providerId;
		Timer.Sample call = Timer.start(meters);
		try {
			// No transaction is open here: a provider call can take seconds, and holding a connection and row locks
			// across it would starve the pool and block the status updates of every other worker.
			providerId = send.apply(destination);
			permit.answered();
			call.stop(meters.timer("beacon.provider.latency", "channel", channel, "outcome", "accepted"));
		}
		catch (DeliveryFailure failure) {
			if (failure.permanent()) {
				// The provider answered: it is up, whatever it thought of this message.
				permit.answered();
			}
			else {
				permit.failed(failure);
			}
			call.stop(meters.timer("beacon.provider.latency", "channel", channel, "outcome",
					failure.permanent() ? "refused" : "transient"));
			if (failure.permanent()) {
				log.warn("{} delivery {} to {} failed for good: {}", channel, deliveryId, Masking.contact(destination),
						Masking.line(failure.getMessage()));
				ledger.failed(deliveryId, failure.code(), failure.getMessage());
				metrics.count(channel, priority, "FAILED", 1);
				return new Outcome(destination, failure);
			}
			ledger.release(deliveryId, failure.code(), failure.getMessage());
			metrics.count(channel, priority, "RETRYING", 1);
			throw failure;
		}
		catch (RuntimeException ex) {
			permit.failed(ex);
			call.stop(meters.timer("beacon.provider.latency", "channel", channel, "outcome", "error"));
			ledger.release(deliveryId, "error", ex.toString());
			metrics.count(channel, priority, "RETRYING", 1);
			throw ex;
		}
		ledger.sent(deliveryId, providerId);
		metrics.count(channel, priority, "SENT", 1);
		log.debug("{} delivery {} to {} sent as {}", channel, deliveryId, Masking.contact(destination),
				Masking.typed(providerId));
		return new Outcome(destination, null);
	}

	/**
	 * Retries are exhausted: the delivery is recorded as FAILED with the last error, never dropped silently.
	 *
	 * @param lastError the exception message the dead-letter record carries
	 */
	public void exhausted(long deliveryId, String channel, String lastError) {
		String reason = lastError == null ? "failed after all retries" : lastError;
		log.error("{} delivery {} failed after all retries: {}", channel, deliveryId, Masking.line(reason));
		ledger.failed(deliveryId, "retries-exhausted", reason);
		meters.counter("beacon.deliveries", "channel", channel, "status", "FAILED", "priority", "dead-letter")
			.increment();
	}
}
