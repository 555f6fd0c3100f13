package org.beacon.checkins.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.beacon.checkins.CheckInView;
import org.beacon.checkins.Counts;
import org.junit.jupiter.api.Test;

/** The pages' streams count a check-in once per flush, however many answers came since the last. */
class CheckInStreamsTests {

	static final UUID CHECK_IN = UUID.randomUUID();

	final AtomicInteger counted = new AtomicInteger();

	final CheckInStreams streams = new CheckInStreams(id -> {
		counted.incrementAndGet();
		return Optional.of(view());
	}, new LiveProperties(Duration.ofMillis(500), Duration.ofHours(1)));

	@Test
	void aThousandAnswersBetweenTwoFlushesAreCountedOnce() {
		streams.open(CHECK_IN);
		await().until(() -> counted.get() == 1);

		for (int answer = 0; answer < 1000; answer++) {
			streams.changed(CHECK_IN);
		}
		streams.flush(System.nanoTime());
		streams.flush(System.nanoTime());

		assertThat(counted).as("once when opened, once for the answers").hasValue(2);
	}

	@Test
	void aCheckInNobodyWatchesIsNeverCounted() {
		streams.changed(CHECK_IN);
		streams.flush(System.nanoTime());

		assertThat(counted).hasValue(0);
		assertThat(streams.watchedCount()).isZero();
	}

	@Test
	void aCheckInWithoutAnswersIsCountedAgainOnlyAfterTheRefresh() {
		streams.open(CHECK_IN);
		await().until(() -> counted.get() == 1);

		streams.flush(System.nanoTime());
		streams.flush(System.nanoTime() + Duration.ofHours(2).toNanos());

		assertThat(counted).hasValue(2);
	}

	static CheckInView view() {
		Instant opened = Instant.parse("2026-11-01T10:00:00Z");
		return new CheckInView(CHECK_IN, "Are you safe?", "embassy-bamako", List.of("ML"), List.of(), opened,
				opened.plus(Duration.ofHours(24)), null, true, 1, Counts.NONE, List.of(), List.of(),
				new CheckInView.Timeline(60, opened.plus(Duration.ofMinutes(5)), List.of()));
	}
}
