package org.beacon.broadcast.progress;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Measures how fast deliveries finish, from successive counts of finished deliveries, over a sliding window of a few
 * seconds: recent enough to follow a provider slowing down, long enough not to jump with every batch.
 */
final class RateMeter {

	private static final long WINDOW_NANOS = 5_000_000_000L;

	private record Sample(long nanos, long finished) {
	}

	private final Deque<Sample> samples = new ArrayDeque<>();

	/** Records a count and returns the rate per second over the window; null until two samples are apart. */
	synchronized Double record(long nanos, long finished) {
		samples.addLast(new Sample(nanos, finished));
		while (samples.size() > 2 && nanos - samples.peekFirst().nanos() > WINDOW_NANOS) {
			samples.removeFirst();
		}
		Sample first = samples.peekFirst();
		long elapsed = nanos - first.nanos();
		if (elapsed <= 0) {
			return null;
		}
		return (finished - first.finished()) * 1_000_000_000.0 / elapsed;
	}
}
