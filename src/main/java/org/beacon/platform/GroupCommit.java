package org.beacon.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Does the work that many request threads hand in, in batches on one thread of its own, and answers each caller with
 * its item's result: a group commit. Callers that arrive while a batch is being written wait for the next one, so the
 * batch grows with the load and a burst costs a few transactions rather than one per request. Once the first item of a
 * batch has come, the writer may wait a little longer for more ({@code linger}, as a Kafka producer does): under load
 * the batches fill up, and each item's share of a batch's fixed cost (its transaction, its event) shrinks; a lone
 * item waits the linger at most.
 * <p>
 * Contract of the batch function: it gets the items in arrival order and returns one result per item, in that order.
 * When it throws for a batch of several, each item is run again alone, so a bad item fails only its own caller
 * (unless the database itself failed: see {@link #run}). A caller waits at most {@code wait}; an item whose caller
 * stopped waiting before its batch began is not done, one whose batch had begun may be (the work must be safe to have
 * done unanswered). {@link #close()} refuses new items, finishes those already queued within the wait and fails what
 * is left.
 */
public final class GroupCommit<T, R> implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	/** The caller was not answered in time, or the queue was full or closed. */
	public static final class NotDone extends RuntimeException {

		NotDone(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private record Pending<T, R>(T item, CompletableFuture<R> result) {
	}

	private final Function<List<T>, List<R>> batch;

	private final int maxBatch;

	private final Duration wait;

	private final long lingerNanos;

	private final ArrayBlockingQueue<Pending<T, R>> queue;

	private final Thread writer;

	private volatile boolean open = true;

	/** A group commit that does not linger: each batch is what waits when the writer is free. */
	public GroupCommit(String name, int maxBatch, int capacity, Duration wait, Function<List<T>, List<R>> batch) {
		this(name, maxBatch, capacity, wait, Duration.ZERO, batch);
	}

	/**
	 * @param name the writer thread's name
	 * @param maxBatch the most items in one batch
	 * @param capacity the most items waiting; more are refused at once
	 * @param wait how long a caller waits for its result
	 * @param linger how long a batch that is not full waits for more items after its first
	 */
	public GroupCommit(String name, int maxBatch, int capacity, Duration wait, Duration linger,
			Function<List<T>, List<R>> batch) {
		this.batch = batch;
		this.maxBatch = maxBatch;
		this.wait = wait;
		this.lingerNanos = linger.toNanos();
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.writer = new Thread(this::write, name);
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Hands the item in and waits for its result.
	 *
	 * @throws NotDone when it was not done within the wait, or could not be queued
	 * @throws RuntimeException what the batch function threw for this item alone
	 */
	public R submit(T item) {
		Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
		if (!open || !queue.offer(pending)) {
			throw new NotDone(open ? "too many waiting" : "closed", null);
		}
		try {
			return pending.result().get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NotDone("interrupted", ex);
		}
		catch (TimeoutException ex) {
			pending.result().cancel(false);
			throw new NotDone("not done within " + wait, ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new NotDone("failed", ex.getCause());
		}
	}

	/** How many items wait for a batch (not those of the batch being done). */
	public int waiting() {
		return queue.size();
	}

	private void write() {
		List<Pending<T, R>> pending = new ArrayList<>(maxBatch);
		while (open || !queue.isEmpty()) {
			try {
				Pending<T, R> first = queue.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				pending.add(first);
				queue.drainTo(pending, maxBatch - 1);
				linger(pending);
				// A caller that stopped waiting was told its reply was not taken: its item is not done.
				pending.removeIf(one -> one.result().isDone());
				if (!pending.isEmpty()) {
					run(pending, true);
				}
			}
			catch (InterruptedException ex) {
				log.warn("The group commit's writer was interrupted; it goes on until closed");
			}
			catch (Throwable ex) {
				// Whatever went wrong, the writer lives on: callers waiting now would otherwise all time out.
				log.error("A batch of {} failed beyond its items", pending.size(), ex);
				pending.forEach(one -> one.result().completeExceptionally(ex));
			}
			finally {
				pending.clear();
			}
		}
	}

	/**
	 * Adds the items that come within the linger after the batch's first, until the batch is full. An interrupt ends
	 * the linger, not the batch: its items are written all the same, and the writer goes on as it does after any
	 * interrupt (it ends only when closed).
	 */
	private void linger(List<Pending<T, R>> pending) {
		long until = System.nanoTime() + lingerNanos;
		try {
			for (long left = lingerNanos; left > 0 && pending.size() < maxBatch; left = until - System.nanoTime()) {
				Pending<T, R> more = queue.poll(left, TimeUnit.NANOSECONDS);
				if (more == null) {
					return;
				}
				pending.add(more);
				queue.drainTo(pending, maxBatch - pending.size());
			}
		}
		catch (InterruptedException ex) {
			log.warn("The group commit's writer was interrupted while lingering; it writes the batch and goes on");
		}
	}

	/**
	 * Runs a batch. A failure of the database itself (unreachable, or a transient failure such as a deadlock, twice)
	 * fails every caller at once: running the items one by one would only repeat it. Any other failure of a batch of
	 * several runs its items alone, so that a bad item fails only its own caller.
	 */
	private void run(List<Pending<T, R>> pending, boolean again) {
		try {
			answer(pending, batch.apply(pending.stream().map(Pending::item).toList()));
		}
		catch (TransientDataAccessException ex) {
			if (again) {
				run(pending, false);
			}
			else {
				pending.forEach(one -> one.result().completeExceptionally(ex));
			}
		}
		catch (DataAccessResourceFailureException ex) {
			pending.forEach(one -> one.result().completeExceptionally(ex));
		}
		catch (RuntimeException ex) {
			if (pending.size() == 1) {
				pending.get(0).result().completeExceptionally(ex);
				return;
			}
			log.warn("A batch of {} failed ({}); doing its items one by one", pending.size(),
					Masking.line(String.valueOf(ex.getMessage())));
			for (Pending<T, R> one : pending) {
				run(List.of(one), again);
			}
		}
	}

	private void answer(List<Pending<T, R>> pending, List<R> results) {
		if (results.size() != pending.size()) {
			throw new IllegalStateException("%d results for %d items".formatted(results.size(), pending.size()));
		}
		for (int i = 0; i < pending.size(); i++) {
			pending.get(i).result().complete(results.get(i));
		}
	}

	@Override
	public void close() throws InterruptedException {
		open = false;
		writer.join(wait.toMillis());
		for (Pending<T, R> left = queue.poll(); left != null; left = queue.poll()) {
			left.result().completeExceptionally(new NotDone("closed", null));
		}
	}
}
