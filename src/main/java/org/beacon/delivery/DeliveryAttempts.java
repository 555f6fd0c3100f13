package org.beacon.delivery;

import java.util.function.Function;

import org.beacon.fanout.DeliveryLedger;
import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One attempt at one delivery, the same for every channel: claim the ledger row, call the provider with no
 * transaction open, record the outcome. A row that cannot be claimed was already taken by an earlier delivery of
 * the same job, and is skipped.
 */
@Component
public class DeliveryAttempts {

	private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

	private final DeliveryLedger ledger;

	DeliveryAttempts(DeliveryLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * @param send calls the provider for the claimed destination and returns its message id
	 * @throws DeliveryFailure a transient failure, after the row went back to QUEUED: the caller's retry topic
	 * tries again later
	 */
	public void attempt(long deliveryId, String channel, Function<String, String> send) {
		String destination = ledger.claim(deliveryId).orElse(null);
		if (destination == null) {
			log.debug("Skipping {} delivery {}: already claimed, finished or its recipient left", channel, deliveryId);
			return;
		}
		String providerId;
		try {
			// No transaction is open here: a provider call can take seconds, and holding a connection and row locks
			// across it would starve the pool and block the status updates of every other worker.
			providerId = send.apply(destination);
		}
		catch (DeliveryFailure failure) {
			if (failure.permanent()) {
				log.warn("{} delivery {} to {} failed for good: {}", channel, deliveryId, Masking.contact(destination),
						failure.getMessage());
				ledger.failed(deliveryId, failure.code(), failure.getMessage());
				return;
			}
			ledger.release(deliveryId, failure.code(), failure.getMessage());
			throw failure;
		}
		catch (RuntimeException ex) {
			ledger.release(deliveryId, "error", ex.toString());
			throw ex;
		}
		ledger.sent(deliveryId, providerId);
		log.debug("{} delivery {} to {} sent as {}", channel, deliveryId, Masking.contact(destination), providerId);
	}

	/**
	 * Retries are exhausted: the delivery is recorded as FAILED with the last error, never dropped silently.
	 *
	 * @param lastError the exception message the dead-letter record carries
	 */
	public void exhausted(long deliveryId, String channel, String lastError) {
		String reason = lastError == null ? "failed after all retries" : lastError;
		log.error("{} delivery {} failed after all retries: {}", channel, deliveryId, reason);
		ledger.failed(deliveryId, "retries-exhausted", reason);
	}
}
