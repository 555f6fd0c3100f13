package org.beacon.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Calls the provider the routing chose for claimed jobs, in parallel chunks (one connection each, {@code
 * beacon.delivery.connections}), each chunk only when the provider's circuit breaker permits it, and tells the breaker
 * how each chunk went. Answers one {@link ProviderAnswer} per job, in order: a chunk the breaker refused answers
 * "not attempted", one that ended abruptly a transient failure.
 */
@Component
class ProviderCalls implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);

	private final ProviderCircuits circuits;

	private final DeliveryProperties.Connections connections;

	private final DeliveryMetrics metrics;

	private final ExecutorService executor;

	ProviderCalls(ProviderCircuits circuits, DeliveryProperties properties, DeliveryMetrics metrics) {
		this.circuits = circuits;
		this.connections = properties.connections();
		this.metrics = metrics;
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "beacon-provider-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * No transaction is open during these calls: they take as long as the provider does, and holding a connection
	 * and row locks across them would starve the pool and block every other worker's updates.
	 */
	<J extends DeliveryJob> List<ProviderAnswer> send(Channel channel, String provider, List<Claimed<J>> claimed,
			ChunkSender<J> sender) {
		int size = Math.max(1, (claimed.size() + connections.of(channel) - 1) / connections.of(channel));
		List<Future<List<ProviderAnswer>>> chunks = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		for (int from = 0; from < claimed.size(); from += size) {
			List<Claimed<J>> chunk = claimed.subList(from, Math.min(claimed.size(), from + size));
			chunks.add(executor.submit(() -> sendChunk(channel, provider, chunk, sender)));
			sizes.add(chunk.size());
		}
		List<ProviderAnswer> answers = new ArrayList<>(claimed.size());
		for (int i = 0; i < chunks.size(); i++) {
			answers.addAll(join(chunks.get(i), sizes.get(i)));
		}
		return answers;
	}

	private <J extends DeliveryJob> List<ProviderAnswer> sendChunk(Channel channel, String provider,
			List<Claimed<J>> chunk, ChunkSender<J> sender) {
		ProviderCircuits.Permit permit = circuits.tryPermit(provider).orElse(null);
		if (permit == null) {
			return chunk.stream().map(claim -> ProviderAnswer.notAttempted()).toList();
		}
		long started = System.nanoTime();
		List<ProviderAnswer> answers = null;
		try {
			answers = sender.send(provider, chunk);
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
		metrics.latency(channel, provider, answers, System.nanoTime() - started);
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
			permit.answered(answers.size());
		}
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
		executor.shutdown();
		if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
			executor.shutdownNow();
		}
	}
}
