package org.beacon.fanout;

import java.util.List;

import org.beacon.ledger.FanoutShards;
import org.beacon.ledger.FanoutShards.Shard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns an issued alert into one delivery job per recipient and channel, through shards of its audience
 * ({@link ShardPlan}): an alert to few is walked at once in one shard ({@link ShardWalk}); a larger one is handed to
 * the shard consumers, one record per shard ({@link ShardRecords}), which walk the shards at once. The plan is made
 * once and kept in the ledger: running this again for the same alert (a retry, a rebalance, a replayed topic) hands
 * out again only the shards not yet complete, each of which resumes from its own cursor.
 */
@Service
class FanOut {

	private static final Logger log = LoggerFactory.getLogger(FanOut.class);

	private final ShardPlan plan;

	private final FanoutShards shards;

	private final ShardWalk walk;

	private final ShardRecords records;

	private final AlertRecords alerts;

	FanOut(ShardPlan plan, FanoutShards shards, ShardWalk walk, ShardRecords records, AlertRecords alerts) {
		this.plan = plan;
		this.shards = shards;
		this.walk = walk;
		this.records = records;
		this.alerts = alerts;
	}

	void run(AlertRecord alert) throws Exception {
		// The record is kept with the run, so that a row sent again after its worker died gets the same job.
		alerts.started(alert);
		List<Shard> planned = shards.plan(alert.alertId(), plan.ranges(alert));
		List<Shard> open = planned.stream().filter(shard -> !shard.complete()).toList();
		if (open.isEmpty()) {
			return;
		}
		if (planned.size() == 1) {
			walk.walk(alert, 0);
			return;
		}
		records.publish(alert, open, planned.size());
		log.info("Fan-out of alert {}: {} of {} shard(s) handed to the shard consumers", alert.alertId(), open.size(),
				planned.size());
	}
}
