package org.beacon.fanout;

/**
 * The fan-out's own record on {@code beacon.fanout.shards} (and its priority lane): walk one shard of an alert's
 * audience. The range and the cursor are in the ledger ({@link org.beacon.ledger.FanoutShards}); the record carries
 * the alert itself, because the fan-out reads alerts only from Kafka.
 *
 * @param shard the shard's index in the alert's plan
 * @param shards how many shards the plan has
 */
record ShardRecord(String type, int schemaVersion, int shard, int shards, AlertRecord alert) {

	static final String TYPE = "FanOutShard";

	static ShardRecord of(AlertRecord alert, int shard, int shards) {
		return new ShardRecord(TYPE, 1, shard, shards, alert);
	}
}
