package org.beacon.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.ContainerProperties.AssignmentCommitOption;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Tells when the work tests set off is all done: every event publication completed (the outbox to Kafka and the
 * asynchronous module listeners), no delivery of a stored alert or trip briefing QUEUED or SENDING, and every
 * running Kafka listener of Beacon that commits offsets has consumed and committed all that the topics it reads hold;
 * a retry waiting for its delay, or a batch a worker is sending, counts as not consumed. A listener that never
 * commits (manual acknowledgement, no commit on assignment: the check-in pages' reader) writes nothing and is not
 * waited for. Ledger rows a test writes by hand for alerts that do not exist are nobody's work, and do not count.
 * Tests wait for it before the tables are emptied, so that late work of one test never lands in the next one's
 * tables, GreenMail or Twilio stub.
 */
public final class PipelineIdle implements AutoCloseable {

	private final JdbcTemplate jdbc;

	private final KafkaListenerEndpointRegistry listeners;

	private final Admin admin;

	private final Map<String, List<TopicPartition>> partitions = new ConcurrentHashMap<>();

	PipelineIdle(JdbcTemplate jdbc, KafkaListenerEndpointRegistry listeners, Map<String, Object> adminConfig) {
		this.jdbc = jdbc;
		this.listeners = listeners;
		this.admin = Admin.create(adminConfig);
	}

	/**
	 * Waits until nothing is in flight.
	 *
	 * @throws AssertionError naming what is still busy when that takes longer than {@code atMost}
	 */
	public void await(Duration atMost) {
		List<String> busy = awaitOrGiveUp(atMost);
		if (!busy.isEmpty()) {
			throw new AssertionError("Beacon's pipeline was still busy after " + atMost + ": " + busy);
		}
	}

	/** Waits until nothing is in flight, or {@code atMost}; answers what is still busy then (empty when idle). */
	public List<String> awaitOrGiveUp(Duration atMost) {
		List<String> busy = new ArrayList<>();
		try {
			Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
				busy.clear();
				busy.addAll(busy());
				return busy.isEmpty();
			});
		}
		catch (ConditionTimeoutException ex) {
			// busy says what
		}
		return List.copyOf(busy);
	}

	/** What is still in flight, one entry per kind of work; empty when idle. */
	List<String> busy() throws ExecutionException, InterruptedException {
		List<String> busy = new ArrayList<>();
		long publications = count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
		if (publications > 0) {
			busy.add(publications + " event publications incomplete");
		}
		long deliveries = count("SELECT count(*) FROM delivery d WHERE d.status IN ('QUEUED', 'SENDING') "
				+ "AND (EXISTS (SELECT 1 FROM alert a WHERE a.id = d.alert_id) "
				+ "OR EXISTS (SELECT 1 FROM briefing b WHERE b.id = d.alert_id))");
		if (deliveries > 0) {
			busy.add(deliveries + " deliveries QUEUED or SENDING");
		}
		lag().forEach((group, lag) -> busy.add("consumer group " + group + " has " + lag + " records to consume"));
		return busy;
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	/** Records not yet committed, by consumer group, for the groups of the running listener containers. */
	private Map<String, Long> lag() throws ExecutionException, InterruptedException {
		Map<String, Set<String>> topicsByGroup = listeners.getAllListenerContainers()
			.stream()
			.filter(MessageListenerContainer::isRunning)
			.filter(container -> container.getContainerProperties().getTopics() != null)
			.filter(container -> container.getContainerProperties()
				.getAssignmentCommitOption() != AssignmentCommitOption.NEVER || container.getContainerProperties()
				.getAckMode() != AckMode.MANUAL)
			.collect(Collectors.groupingBy(MessageListenerContainer::getGroupId, Collectors.flatMapping(
					container -> Set.of(container.getContainerProperties().getTopics()).stream(), Collectors.toSet())));
		Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
		Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
		for (Map.Entry<String, Set<String>> group : topicsByGroup.entrySet()) {
			List<TopicPartition> read = partitionsOf(group.getValue());
			specs.put(group.getKey(), new ListConsumerGroupOffsetsSpec().topicPartitions(read));
			read.forEach(partition -> ends.put(partition, OffsetSpec.latest()));
		}
		if (specs.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, Long> end = admin.listOffsets(ends).all().get().entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
		Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = admin.listConsumerGroupOffsets(specs).all().get();
		Map<String, Long> lag = new HashMap<>();
		committed.forEach((group, offsets) -> {
			long behind = specs.get(group).topicPartitions().stream()
				.mapToLong(partition -> end.get(partition) - position(offsets.get(partition)))
				.sum();
			if (behind > 0) {
				lag.put(group, behind);
			}
		});
		return lag;
	}

	private static long position(OffsetAndMetadata committed) {
		return committed == null ? 0 : committed.offset();
	}

	private List<TopicPartition> partitionsOf(Collection<String> topics) throws ExecutionException, InterruptedException {
		List<String> unknown = topics.stream().filter(topic -> !partitions.containsKey(topic)).toList();
		if (!unknown.isEmpty()) {
			admin.describeTopics(unknown).allTopicNames().get().forEach((topic, description) -> partitions.put(topic,
					description.partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList()));
		}
		return topics.stream().flatMap(topic -> partitions.get(topic).stream()).toList();
	}

	@Override
	public void close() {
		admin.close(Duration.ofSeconds(5));
	}
}
