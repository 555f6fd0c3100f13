package org.beacon.delivery.sms;

import org.beacon.delivery.DeliveryAttempts;
import org.beacon.delivery.DeliveryAttempts.Priority;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.RetryableTopic;
import org.springframework.kafka.retrytopic.TopicSuffixingStrategy;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.retry.annotation.Backoff;
import org.springframework.stereotype.Component;

/**
 * Sends the jobs of {@code beacon.deliveries.sms}. Transient provider failures go through retry topics with
 * exponential backoff; permanent ones are recorded at once; exhausted retries land on the dead-letter topic and are
 * recorded as FAILED.
 */
@Component
@ConditionalOnRole(Role.SMS)
class SmsWorker {

	private final DeliveryAttempts attempts;

	private final SmsSender sender;

	SmsWorker(DeliveryAttempts attempts, SmsSender sender) {
		this.attempts = attempts;
		this.sender = sender;
	}

	@RetryableTopic(attempts = "${beacon.delivery.attempts:5}",
			backoff = @Backoff(delayExpression = "${beacon.delivery.retry-delay-ms:1000}", multiplier = 4,
					maxDelayExpression = "${beacon.delivery.max-retry-delay-ms:300000}"),
			retryTopicSuffix = Topics.RETRY_SUFFIX, dltTopicSuffix = Topics.DLT_SUFFIX,
			topicSuffixingStrategy = TopicSuffixingStrategy.SUFFIX_WITH_INDEX_VALUE,
			numPartitions = "${beacon.kafka.partitions:6}", replicationFactor = "${beacon.kafka.replicas:1}")
	@KafkaListener(id = "sms-worker", groupId = "beacon-sms", topics = Topics.SMS_DELIVERIES,
			concurrency = "${beacon.delivery.sms.concurrency:2}")
	void on(SmsDelivery job) {
		attempts.attempt(job.deliveryId(), "SMS", Priority.ROUTINE, phone -> sender.send(phone, job.text()));
	}

	/** The priority lane: its own consumers, so urgent messages never wait behind routine ones. */
	@RetryableTopic(attempts = "${beacon.delivery.attempts:5}",
			backoff = @Backoff(delayExpression = "${beacon.delivery.retry-delay-ms:1000}", multiplier = 4,
					maxDelayExpression = "${beacon.delivery.max-retry-delay-ms:300000}"),
			retryTopicSuffix = Topics.RETRY_SUFFIX, dltTopicSuffix = Topics.DLT_SUFFIX,
			topicSuffixingStrategy = TopicSuffixingStrategy.SUFFIX_WITH_INDEX_VALUE,
			numPartitions = "${beacon.kafka.partitions:6}", replicationFactor = "${beacon.kafka.replicas:1}")
	@KafkaListener(id = "sms-worker-urgent", groupId = "beacon-sms-urgent", topics = Topics.URGENT_SMS_DELIVERIES,
			concurrency = "${beacon.delivery.sms.urgent-concurrency:2}")
	void onUrgent(SmsDelivery job) {
		attempts.attempt(job.deliveryId(), "SMS", Priority.URGENT, phone -> sender.send(phone, job.text()));
	}

	@DltHandler
	void dead(SmsDelivery job, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		attempts.exhausted(job.deliveryId(), "SMS", reason);
	}
}
