package org.beacon.ledger;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's record of each alert's fan-out ({@code fanout_run}): when it started, when it completed or why it
 * failed. How far it got is kept per shard ({@link FanoutShards}, which also starts and completes the run). Progress
 * and cancellation read and write the same row ({@link DeliveryReports}, {@link DeliveryCancellation}).
 */
@Repository
public class FanoutRuns {

	private final JdbcClient jdbc;

	FanoutRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The fan-out (or one of its shards) gave up after its retries, for this reason. */
	public void failed(UUID alertId, String reason) {
		jdbc.sql("""
				INSERT INTO fanout_run (alert_id, failure) VALUES (?, ?)
				ON CONFLICT (alert_id) DO UPDATE SET failure = EXCLUDED.failure""").params(alertId, reason).update();
	}
}
