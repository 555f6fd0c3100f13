package org.beacon.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * How far a check-in's tally is behind the replies Beacon answered. Every 100 ms it reads the count of answers as staff
 * see it; the replies answered before a read started that the count now includes (oldest first) are counted, and each
 * one's lag is the time from its answer to the end of that read. So a lag holds the poll interval and the read's own
 * time, as it would for a page polling the tally. Each read's duration is kept too.
 */
final class TallyLag {

	private final LongSupplier counted;

	private final long baseline;

	private final ConcurrentLinkedQueue<Long> answers = new ConcurrentLinkedQueue<>();

	private final PriorityQueue<Long> waiting = new PriorityQueue<>();

	private final List<Long> lagsMs = Collections.synchronizedList(new ArrayList<>());

	private final List<Long> readsMs = Collections.synchronizedList(new ArrayList<>());

	private final Thread watcher;

	private long attributed;

	/**
	 * @param counted the answers the tally counts now
	 * @param baseline what it counted before the replies watched
	 */
	TallyLag(LongSupplier counted, long baseline) {
		this.counted = counted;
		this.baseline = baseline;
		this.watcher = Polling.every(100, this::look, "bench-tally-lag");
	}

	/** A reply was answered at {@code at} (System.nanoTime). */
	void answered(long at) {
		answers.add(at);
	}

	/** Stops once every answered reply is counted, or after {@code timeoutMs}; answers how many never were. */
	long stop(long timeoutMs) throws InterruptedException {
		long until = System.nanoTime() + timeoutMs * 1_000_000;
		while (uncounted() > 0 && System.nanoTime() < until) {
			Thread.sleep(50);
		}
		watcher.interrupt();
		watcher.join();
		return uncounted();
	}

	private synchronized long uncounted() {
		return answers.size() + waiting.size();
	}

	List<Long> lagsMs() {
		return List.copyOf(lagsMs);
	}

	List<Long> readsMs() {
		return List.copyOf(readsMs);
	}

	private void look() {
		long started = System.nanoTime();
		long count = counted.getAsLong() - baseline;
		long ended = System.nanoTime();
		readsMs.add((ended - started) / 1_000_000);
		synchronized (this) {
			for (Long at = answers.poll(); at != null; at = answers.poll()) {
				waiting.add(at);
			}
			while (attributed < count && !waiting.isEmpty() && waiting.peek() < started) {
				lagsMs.add((ended - waiting.poll()) / 1_000_000);
				attributed++;
			}
		}
	}
}
