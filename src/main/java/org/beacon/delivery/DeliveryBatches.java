package org.beacon.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryStatus;
import org.beacon.ledger.DeliveryLedger.Answer;
import org.beacon.platform.Masking;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
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
public class DeliveryBatches implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeliveryBatches.class);

	private final DeliveryLedger ledger;

	private final ProviderCircuits circuits;

	private final ProviderRateLimits rateLimits;

	private final DeliveryProperties.Connections connections;

	private final DeliveryMetrics metrics;

	private final ExecutorService providerCalls;

	DeliveryBatches(DeliveryLedger ledger, ProviderCircuits circuits, ProviderRateLimits rateLimits,
			DeliveryProperties properties, DeliveryMetrics metrics) {
		this.ledger = ledger;
		this.circuits = circuits;
		this.rateLimits = rateLimits;
		this.connections = properties.connections();
		this.metrics = metrics;
		AtomicInteger threads = new AtomicInteger();
		this.providerCalls = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "beacon-provider-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
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
		List<ProviderAnswer> answers = sendInChunks(channel, claimed, sender);
		return record(channel, priority, claimed, answers);
	}

	/**
	 * No transaction is open during these calls: they take as long as the provider does, and holding a connection
	 * and row locks across them would starve the pool and block every other worker's updates.
	 */
	private <J extends DeliveryJob> List<ProviderAnswer> sendInChunks(Channel channel, List<Claimed<J>> claimed,
			ChunkSender<J> sender) {
		int size = Math.max(1, (claimed.size() + connections.of(channel) - 1) / connections.of(channel));
		List<Future<List<ProviderAnswer>>> chunks = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		for (int from = 0; from < claimed.size(); from += size) {
			List<Claimed<J>> chunk = claimed.subList(from, Math.min(claimed.size(), from + size));
			chunks.add(providerCalls.submit(() -> sendChunk(channel, chunk, sender)));
			sizes.add(chunk.size());
		}
		List<ProviderAnswer> answers = new ArrayList<>(claimed.size());
		for (int i = 0; i < chunks.size(); i++) {
			answers.addAll(join(chunks.get(i), sizes.get(i)));
		}
		return answers;
	}

	private <J extends DeliveryJob> List<ProviderAnswer> sendChunk(Channel channel, List<Claimed<J>> chunk,
			ChunkSender<J> sender) {
		ProviderCircuits.Permit permit = circuits.tryPermit(channel).orElse(null);
		if (permit == null) {
			return chunk.stream().map(claim -> ProviderAnswer.notAttempted()).toList();
		}
		long started = System.nanoTime();
		List<ProviderAnswer> answers = null;
		try {
			answers = sender.send(chunk);
			if (answers.size() != chunk.size()) {
				throw new IllegalStateException("a sender answered " + answers.size() + " of " + chunk.size()
						+ " jobs");
			}
		}
		catch (RuntimeException ex) {
			DeliveryFailure failure = ex instanceof DeliveryFailure known ? known
					: new DeliveryFailure(false, "error", ex.toString(), ex);
			answers = chunk.stream().map(claim -> ProviderAnswer.failed(failure)).toList();
		}
		finally {
			report(permit, answers);
		}
		metrics.latency(channel, answers, System.nanoTime() - started);
		return answers;
	}

	/** Tells the breaker how the chunk went: failed when every message failed transiently, answered otherwise. */
	private static void report(ProviderCircuits.Permit permit, List<ProviderAnswer> answers) {
		ProviderAnswer failed = answers == null ? null
				: answers.stream().filter(ProviderAnswer::isTransientFailure).findFirst().orElse(null);
		if (answers == null) {
			permit.failed(new IllegalStateException("the chunk ended abruptly"));
		}
		else if (failed != null && answers.stream().allMatch(ProviderAnswer::isTransientFailure)) {
			permit.failed(failed.failure());
		}
		else {
			// The provider answered: it is up, whatever it thought of some messages.
			permit.answered();
		}
	}

	private <J extends DeliveryJob> Outcome<J> record(Channel channel, Priority priority, List<Claimed<J>> claimed,
			List<ProviderAnswer> answers) {
		List<Answer> accepted = new ArrayList<>();
		List<Answer> refused = new ArrayList<>();
		List<Answer> released = new ArrayList<>();
		List<Long> untouched = new ArrayList<>();
		List<Unsent<J>> retry = new ArrayList<>();
		List<Unsent<J>> refusals = new ArrayList<>();
		for (int i = 0; i < claimed.size(); i++) {
			Claimed<J> claim = claimed.get(i);
			ProviderAnswer answer = answers.get(i);
			long id = claim.job().deliveryId();
			if (!answer.attempted()) {
				untouched.add(id);
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
		return new Outcome<>(retry, refusals, !untouched.isEmpty());
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

	/** A chunk's answers; a chunk that ended abruptly answers a transient failure for each of its jobs. */
	private static List<ProviderAnswer> join(Future<List<ProviderAnswer>> chunk, int size) {
		try {
			return chunk.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed(size, ex);
		}
		catch (ExecutionException ex) {
			log.error("A provider chunk ended abruptly", ex.getCause());
			return failed(size, ex.getCause());
		}
	}

	private static List<ProviderAnswer> failed(int size, Throwable cause) {
		DeliveryFailure failure = new DeliveryFailure(false, "error", String.valueOf(cause), cause);
		return Collections.nCopies(size, ProviderAnswer.failed(failure));
	}

	@Override
	public void destroy() throws InterruptedException {
		// Calls in flight finish (graceful shutdown): their outcomes are recorded by the batches waiting for them.
		providerCalls.shutdown();
		if (!providerCalls.awaitTermination(30, TimeUnit.SECONDS)) {
			providerCalls.shutdownNow();
		}
	}
}
