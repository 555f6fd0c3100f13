package org.beacon.fanout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.beacon.ledger.FanoutShards.Shard;
import org.beacon.platform.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Hands an alert's shards to the shard consumers: one record per shard on the alert's lane. Shards of one alert go to
 * consecutive partitions, from one chosen by the alert, so no two of them wait for each other in one partition while
 * there are partitions enough.
 */
@Component
class ShardRecords {

	private final KafkaTemplate<String, Object> kafka;

	private final FanoutProperties properties;

	ShardRecords(KafkaTemplate<String, Object> kafka, FanoutProperties properties) {
		this.kafka = kafka;
		this.properties = properties;
	}

	static String topic(boolean urgent) {
		return urgent ? Topics.URGENT_FANOUT_SHARDS : Topics.FANOUT_SHARDS;
	}

	/** Sends a record for each shard and returns once Kafka has acknowledged every one of them. */
	void publish(AlertRecord alert, List<Shard> shards, int planned)
			throws InterruptedException, ExecutionException, TimeoutException {
		String topic = topic(alert.urgent());
		int partitions = kafka.partitionsFor(topic).size();
		int first = Math.floorMod(alert.alertId().hashCode(), partitions);
		List<CompletableFuture<?>> acks = new ArrayList<>(shards.size());
		for (Shard shard : shards) {
			acks.add(kafka.send(MessageBuilder.withPayload(ShardRecord.of(alert, shard.index(), planned))
				.setHeader(KafkaHeaders.TOPIC, topic)
				.setHeader(KafkaHeaders.PARTITION, (first + shard.index()) % partitions)
				.setHeader(KafkaHeaders.KEY, alert.alertId() + "/" + shard.index())
				.build()));
		}
		CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
			.get(properties.sendTimeoutSeconds(), TimeUnit.SECONDS);
	}
}
