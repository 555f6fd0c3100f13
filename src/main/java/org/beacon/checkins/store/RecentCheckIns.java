package org.beacon.checkins.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The check-ins opened lately, kept for a moment ({@link #KEPT}): every SMS reply asks for them, and they change only
 * when a check-in opens, closes or counts a wave, which {@link #forget} them here, at once and again when that
 * transaction ends (so that a read between the write and its commit does not keep the old list). Another process's
 * change is seen within {@link #KEPT}.
 */
final class RecentCheckIns {

	static final Duration KEPT = Duration.ofSeconds(1);

	private record Snapshot(Instant since, List<CheckIn> checkIns, long readAt) {
	}

	private final long keptNanos;

	private volatile Snapshot snapshot;

	RecentCheckIns(Duration kept) {
		this.keptNanos = kept.toNanos();
	}

	/**
	 * The check-ins opened since {@code since}, newest first, from the last read when it is recent and reached back as
	 * far.
	 */
	List<CheckIn> openedSince(Instant since, Function<Instant, List<CheckIn>> read) {
		Snapshot kept = snapshot;
		if (kept != null && System.nanoTime() - kept.readAt() < keptNanos && !kept.since().isAfter(since)) {
			return kept.checkIns().stream().filter(checkIn -> !checkIn.openedAt().isBefore(since)).toList();
		}
		long readAt = System.nanoTime();
		List<CheckIn> checkIns = List.copyOf(read.apply(since));
		snapshot = new Snapshot(since, checkIns, readAt);
		return checkIns;
	}

	void forget() {
		snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					snapshot = null;
				}
			});
		}
	}
}
