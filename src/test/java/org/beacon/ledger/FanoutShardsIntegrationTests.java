package org.beacon.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.beacon.ledger.FanoutShards.Range;
import org.beacon.ledger.FanoutShards.Shard;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan of an alert's shards, their cursors, and when the alert's fan-out is complete. */
class FanoutShardsIntegrationTests extends BeaconIntegrationTest {

	static final UUID MIDDLE = UUID.fromString("80000000-0000-0000-0000-000000000000");

	@Autowired
	FanoutShards shards;

	@Autowired
	DeliveryReports reports;

	@Autowired
	DataSource dataSource;

	@Test
	void anAlertIsPlannedOnceWhateverALaterPlanSays() {
		UUID alert = UUID.randomUUID();

		List<Shard> first = shards.plan(alert, List.of(new Range(null, MIDDLE), new Range(MIDDLE, null)));
		List<Shard> again = shards.plan(alert, List.of(new Range(null, null)));

		assertThat(again).isEqualTo(first).hasSize(2);
		assertThat(first.get(0).resumeAfter()).isNull();
		assertThat(first.get(1).resumeAfter()).isEqualTo(MIDDLE);
		assertThat(reports.progress(alert).fanOut()).isEqualTo(FanOutState.RUNNING);
	}

	@Test
	void aShardResumesAfterItsCursorWhichNeverMovesBack() {
		UUID alert = UUID.randomUUID();
		shards.plan(alert, List.of(new Range(null, MIDDLE), new Range(MIDDLE, null)));
		UUID later = UUID.fromString("90000000-0000-0000-0000-000000000000");

		shards.queuedThrough(alert, 1, later);
		shards.queuedThrough(alert, 1, UUID.fromString("85000000-0000-0000-0000-000000000000"));

		assertThat(shards.shard(alert, 1)).map(Shard::resumeAfter).contains(later);
		assertThat(shards.shard(alert, 0)).map(Shard::resumeAfter).isEmpty();
	}

	@Test
	void theFanOutIsCompleteOnlyOnceEveryShardIs() {
		UUID alert = UUID.randomUUID();
		shards.plan(alert, List.of(new Range(null, MIDDLE), new Range(MIDDLE, null)));
		jdbc.update("INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed) VALUES (?, ?, 'SMS', ?)",
				alert, UUID.randomUUID(), sealedDestination("+22376000001"));

		assertThat(shards.completed(alert, 1, Instant.now())).isEmpty();
		assertThat(reports.progress(alert).fanOut()).isEqualTo(FanOutState.RUNNING);
		assertThat(shards.completed(alert, 1, Instant.now())).as("again").isEmpty();

		assertThat(shards.completed(alert, 0, Instant.now())).isPresent();
		assertThat(reports.progress(alert).fanOut()).isEqualTo(FanOutState.COMPLETE);
		assertThat(jdbc.queryForObject("SELECT recipients FROM fanout_run WHERE alert_id = ?", Integer.class, alert))
			.isEqualTo(1);
		assertThat(shards.completed(alert, 0, Instant.now())).as("a redelivered shard").isEmpty();
	}

	@Test
	void theLastTwoShardsCompletingAtOnceCompleteTheFanOutOnce() throws Exception {
		UUID alert = UUID.randomUUID();
		shards.plan(alert, List.of(new Range(null, MIDDLE), new Range(MIDDLE, null)));
		CompletableFuture<Optional<Duration>> first;
		CompletableFuture<Optional<Duration>> second;
		// Both wait behind a lock on the run's row, then go one after the other: neither may miss the other.
		try (Connection held = dataSource.getConnection()) {
			held.setAutoCommit(false);
			held.createStatement().execute("SELECT 1 FROM fanout_run WHERE alert_id = '" + alert + "' FOR UPDATE");
			first = CompletableFuture.supplyAsync(() -> shards.completed(alert, 0, Instant.now()));
			second = CompletableFuture.supplyAsync(() -> shards.completed(alert, 1, Instant.now()));
			await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
					SELECT count(*) FROM pg_stat_activity
					WHERE wait_event_type = 'Lock' AND query LIKE '%FROM fanout_run WHERE alert_id = $1 FOR NO KEY UPDATE%'""",
					Long.class) == 2);
			held.rollback();
		}

		long completing = List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS)).stream()
			.filter(Optional::isPresent)
			.count();
		assertThat(completing).isEqualTo(1);
		assertThat(reports.progress(alert).fanOut()).isEqualTo(FanOutState.COMPLETE);
	}

	@Test
	void aRunStartedWithoutShardsResumesAsOneShardFromItsCursor() {
		UUID alert = UUID.randomUUID();
		UUID cursor = UUID.randomUUID();
		jdbc.update("INSERT INTO fanout_run (alert_id, queued_through) VALUES (?, ?)", alert, cursor);

		List<Shard> plan = shards.plan(alert, List.of(new Range(null, MIDDLE), new Range(MIDDLE, null)));

		assertThat(plan).containsExactly(new Shard(0, new Range(null, null), cursor, false));
	}
}
