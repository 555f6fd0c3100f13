package org.beacon.delivery.email;

import org.beacon.delivery.DeliveryAttempts;
import org.beacon.delivery.DeliveryAttempts.Outcome;
import org.beacon.delivery.DeliveryAttempts.Priority;
import org.beacon.subscribers.EmailConsent;
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
 * Sends the jobs of {@code beacon.deliveries.email}. SMTP 4xx and connection failures are retried through retry
 * topics with exponential backoff; 5xx replies are recorded at once; exhausted retries land on the dead-letter topic
 * and are recorded as FAILED.
 */
@Component
@ConditionalOnRole(Role.EMAIL)
class EmailWorker {

	private final DeliveryAttempts attempts;

	private final EmailSender sender;

	private final EmailConsent consent;

	EmailWorker(DeliveryAttempts attempts, EmailSender sender, EmailConsent consent) {
		this.attempts = attempts;
		this.sender = sender;
		this.consent = consent;
	}

	@RetryableTopic(attempts = "${beacon.delivery.attempts:5}",
			backoff = @Backoff(delayExpression = "${beacon.delivery.retry-delay-ms:1000}", multiplier = 4,
					maxDelayExpression = "${beacon.delivery.max-retry-delay-ms:300000}"),
			retryTopicSuffix = Topics.RETRY_SUFFIX, dltTopicSuffix = Topics.DLT_SUFFIX,
			topicSuffixingStrategy = TopicSuffixingStrategy.SUFFIX_WITH_INDEX_VALUE,
			numPartitions = "${beacon.kafka.partitions:6}", replicationFactor = "${beacon.kafka.replicas:1}")
	@KafkaListener(id = "email-worker", groupId = "beacon-email", topics = Topics.EMAIL_DELIVERIES,
			concurrency = "${beacon.delivery.email.concurrency:2}")
	void on(EmailDelivery job) {
		deliver(job, Priority.ROUTINE);
	}

	/** The priority lane: its own consumers, so urgent messages never wait behind routine ones. */
	@RetryableTopic(attempts = "${beacon.delivery.attempts:5}",
			backoff = @Backoff(delayExpression = "${beacon.delivery.retry-delay-ms:1000}", multiplier = 4,
					maxDelayExpression = "${beacon.delivery.max-retry-delay-ms:300000}"),
			retryTopicSuffix = Topics.RETRY_SUFFIX, dltTopicSuffix = Topics.DLT_SUFFIX,
			topicSuffixingStrategy = TopicSuffixingStrategy.SUFFIX_WITH_INDEX_VALUE,
			numPartitions = "${beacon.kafka.partitions:6}", replicationFactor = "${beacon.kafka.replicas:1}")
	@KafkaListener(id = "email-worker-urgent", groupId = "beacon-email-urgent", topics = Topics.URGENT_EMAIL_DELIVERIES,
			concurrency = "${beacon.delivery.email.urgent-concurrency:2}")
	void onUrgent(EmailDelivery job) {
		deliver(job, Priority.URGENT);
	}

	/** An address the mail system refused for good (SMTP 5xx) gets no more alerts until its owner changes it. */
	private void deliver(EmailDelivery job, Priority priority) {
		Outcome outcome = attempts.attempt(job.deliveryId(), "EMAIL", priority,
				address -> sender.send(AlertEmail.of(job, address)));
		if (outcome.failedForGood() && outcome.failure().code().startsWith("smtp:5")) {
			consent.suppress(outcome.destination(), outcome.failure().getMessage());
		}
	}

	@DltHandler
	void dead(EmailDelivery job, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		attempts.exhausted(job.deliveryId(), "EMAIL", reason);
	}
}
