package org.beacon.delivery;

import java.util.ArrayList;
import java.util.List;

import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.delivery.DeliveryBatches.Outcome;
import org.beacon.delivery.DeliveryBatches.Unsent;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryLedger.Answer;
import org.beacon.ledger.DeliveryStatus;
import org.beacon.platform.Masking;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Records what the provider answered for a batch of claimed jobs: one ledger statement per kind of outcome (sent,
 * refused for good, back to QUEUED for a retry, unclaimed because the provider was not called), and the delivery
 * counters.
 */
@Component
class BatchOutcomes {

	private static final Logger log = LoggerFactory.getLogger(BatchOutcomes.class);

	private final DeliveryLedger ledger;

	private final DeliveryMetrics metrics;

	BatchOutcomes(DeliveryLedger ledger, DeliveryMetrics metrics) {
		this.ledger = ledger;
		this.metrics = metrics;
	}

	/**
	 * What was recorded of a slice.
	 *
	 * @param untouched jobs whose provider was not called: their rows are as they were before the claim
	 */
	record Recorded<J>(Outcome<J> outcome, List<J> untouched) {
	}

	<J extends DeliveryJob> Recorded<J> record(Channel channel, Priority priority, List<Claimed<J>> claimed,
			List<ProviderAnswer> answers) {
		List<Answer> accepted = new ArrayList<>();
		List<Answer> refused = new ArrayList<>();
		List<Answer> released = new ArrayList<>();
		List<Long> untouched = new ArrayList<>();
		List<J> untouchedJobs = new ArrayList<>();
		List<Unsent<J>> retry = new ArrayList<>();
		List<Unsent<J>> refusals = new ArrayList<>();
		for (int i = 0; i < claimed.size(); i++) {
			Claimed<J> claim = claimed.get(i);
			ProviderAnswer answer = answers.get(i);
			long id = claim.job().deliveryId();
			if (!answer.attempted()) {
				untouched.add(id);
				untouchedJobs.add(claim.job());
			}
			else if (answer.accepted()) {
				accepted.add(Answer.accepted(id, answer.providerId()));
			}
			else if (answer.failure().permanent()) {
				refused.add(Answer.refused(id, answer.failure().code(), answer.failure().getMessage()));
				refusals.add(new Unsent<>(claim.job(), claim.destination(), answer.failure()));
			}
			else {
				released.add(Answer.refused(id, answer.failure().code(), answer.failure().getMessage()));
				retry.add(new Unsent<>(claim.job(), claim.destination(), answer.failure()));
			}
		}
		// The provider has these messages now: what it said must reach the ledger, so the writes are retried for a
		// while rather than leaving the rows in SENDING.
		stubbornly(() -> ledger.sentAll(accepted));
		stubbornly(() -> ledger.failedAll(refused));
		stubbornly(() -> ledger.releaseAll(released));
		stubbornly(() -> ledger.unclaimAll(untouched));
		metrics.count(channel, priority, DeliveryStatus.SENT.name(), accepted.size());
		metrics.count(channel, priority, DeliveryStatus.FAILED.name(), refused.size());
		metrics.count(channel, priority, "RETRYING", released.size());
		if (!refused.isEmpty() || !released.isEmpty()) {
			log.warn("{} batch of {}: {} sent, {} refused for good (first: {}), {} to retry (first: {})", channel,
					claimed.size(), accepted.size(), refused.size(), first(refused), released.size(), first(released));
		}
		return new Recorded<>(new Outcome<>(retry, refusals, false), untouchedJobs);
	}

	/**
	 * Runs an idempotent ledger write, again after growing pauses (about half a minute in all) when the database
	 * fails: a failover or a dropped connection is as likely as a deadlock. Past that the rows stay in SENDING, and
	 * the lease rule settles them.
	 */
	private static void stubbornly(Runnable write) {
		long pause = 250;
		for (int attempt = 1;; attempt++) {
			try {
				write.run();
				return;
			}
			catch (DataAccessException ex) {
				if (attempt == 8) {
					throw ex;
				}
				log.warn("Recording delivery outcomes failed ({}); trying again", Masking.line(ex.getMessage()));
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
				pause = Math.min(pause * 2, 8000);
			}
		}
	}

	private static String first(List<Answer> answers) {
		return answers.isEmpty() ? "-" : Masking.line(answers.get(0).detail());
	}
}
