package org.beacon.fanout;

import org.beacon.ledger.FanoutRuns;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.StageRetries;
import org.beacon.platform.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code beacon.fanout.shards} and its priority lane: each record is one shard of an alert's audience to
 * walk ({@link ShardWalk}), several at once per process. A failed walk is retried through retry topics like the
 * alert's fan-out, safe because a walk resumes from its shard's cursor; when retries are exhausted the shard lands on
 * the dead-letter topic and the alert's fan-out is recorded as FAILED: it never completes without that shard.
 */
@Component
@ConditionalOnRole(Role.FANOUT)
class ShardsListener {

	private static final Logger log = LoggerFactory.getLogger(ShardsListener.class);

	private final ShardWalk walk;

	private final FanoutRuns runs;

	ShardsListener(ShardWalk walk, FanoutRuns runs) {
		this.walk = walk;
		this.runs = runs;
	}

	@StageRetries(attempts = "${beacon.fanout.attempts:5}")
	@KafkaListener(id = "fanout-shards", groupId = "beacon-fanout-shards", topics = Topics.FANOUT_SHARDS,
			concurrency = "${beacon.fanout.shards:4}")
	void on(ShardRecord shard) throws Exception {
		walk(shard);
	}

	/** The priority lane: an urgent alert's shards never wait behind a routine alert's. */
	@StageRetries(attempts = "${beacon.fanout.attempts:5}")
	@KafkaListener(id = "fanout-shards-urgent", groupId = "beacon-fanout-shards-urgent",
			topics = Topics.URGENT_FANOUT_SHARDS, concurrency = "${beacon.fanout.shards:4}")
	void onUrgent(ShardRecord shard) throws Exception {
		walk(shard);
	}

	private void walk(ShardRecord shard) throws Exception {
		if (!ShardRecord.TYPE.equals(shard.type())) {
			log.debug("Ignoring {} record on the shard topic", shard.type());
			return;
		}
		walk.walk(shard.alert(), shard.shard());
	}

	@DltHandler
	void dead(ShardRecord shard, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		String why = "shard " + shard.shard() + " of " + shard.shards() + ": "
				+ (reason == null ? "fan-out failed after all retries" : reason);
		log.error("Fan-out of alert {} failed after all retries: {}", shard.alert().alertId(), Masking.line(why));
		runs.failed(shard.alert().alertId(), why);
	}
}
