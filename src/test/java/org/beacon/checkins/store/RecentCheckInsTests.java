package org.beacon.checkins.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RecentCheckInsTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	final RecentCheckIns recent = new RecentCheckIns(Duration.ofHours(1));

	final List<Instant> reads = new ArrayList<>();

	final List<CheckIn> stored = List.of(checkIn(NOW.minusSeconds(60)), checkIn(NOW.minusSeconds(3600)));

	@AfterEach
	void noTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	List<CheckIn> read(Instant since) {
		return recent.openedSince(since, from -> {
			reads.add(from);
			return stored.stream().filter(checkIn -> !checkIn.openedAt().isBefore(from)).toList();
		});
	}

	@Test
	void aLaterReadWithinTheMomentIsAnsweredFromTheFirstAndReachesNoFurtherBack() {
		assertThat(read(NOW.minusSeconds(7200))).hasSize(2);

		assertThat(read(NOW.minusSeconds(600))).containsExactly(stored.get(0));
		assertThat(reads).containsExactly(NOW.minusSeconds(7200));
	}

	@Test
	void aReadReachingFurtherBackGoesToTheTable() {
		read(NOW.minusSeconds(600));

		assertThat(read(NOW.minusSeconds(7200))).hasSize(2);
		assertThat(reads).hasSize(2);
	}

	@Test
	void aForgottenListIsReadAgain() {
		read(NOW.minusSeconds(7200));

		recent.forget();

		read(NOW.minusSeconds(7200));
		assertThat(reads).hasSize(2);
	}

	@Test
	void aListReadBeforeTheWritingTransactionEndedIsForgottenWhenItEnds() {
		TransactionSynchronizationManager.initSynchronization();
		recent.forget();
		read(NOW.minusSeconds(7200));
		List<TransactionSynchronization> ending = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();

		ending.forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

		read(NOW.minusSeconds(7200));
		assertThat(reads).hasSize(2);
	}

	static CheckIn checkIn(Instant openedAt) {
		return new CheckIn(UUID.randomUUID(), "embassy-bamako", "Are you safe?", List.of("ML"), List.of(),
				List.of("SMS"), openedAt, openedAt.plus(Duration.ofDays(1)), null, null, 1, null);
	}
}
