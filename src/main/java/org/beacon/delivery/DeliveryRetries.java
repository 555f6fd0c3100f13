package org.beacon.delivery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.beacon.platform.Topics;
import org.springframework.kafka.annotation.RetryableTopic;
import org.springframework.kafka.retrytopic.TopicSuffixingStrategy;
import org.springframework.retry.annotation.Backoff;

/**
 * The retry policy of a delivery's transient failures, said once for every retries listener: retry topics with
 * exponential backoff ({@code beacon.delivery.retry-delay-ms}, times 4, up to {@code max-retry-delay-ms}), then the
 * dead-letter topic. The batch's own try counts among {@code beacon.delivery.attempts}, so these listeners get one
 * fewer.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RetryableTopic(attempts = "#{${beacon.delivery.attempts:5} - 1}",
		backoff = @Backoff(delayExpression = "${beacon.delivery.retry-delay-ms:1000}", multiplier = 4,
				maxDelayExpression = "${beacon.delivery.max-retry-delay-ms:300000}"),
		retryTopicSuffix = Topics.RETRY_SUFFIX, dltTopicSuffix = Topics.DLT_SUFFIX,
		topicSuffixingStrategy = TopicSuffixingStrategy.SUFFIX_WITH_INDEX_VALUE,
		numPartitions = "${beacon.kafka.partitions:6}", replicationFactor = "${beacon.kafka.replicas:1}")
public @interface DeliveryRetries {
}
