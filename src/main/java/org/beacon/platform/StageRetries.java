package org.beacon.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.kafka.annotation.RetryableTopic;
import org.springframework.kafka.retrytopic.TopicSuffixingStrategy;
import org.springframework.retry.annotation.Backoff;

/**
 * The retry policy of a pipeline stage's record listener whose work is safe to do again (the fan-out of an alert,
 * an advisory change turned into an alert), said once: retry topics with exponential backoff
 * ({@code beacon.fanout.retry-delay-ms}, times 3, up to {@code beacon.fanout.max-retry-delay-ms}; the fan-out's
 * settings, which the advisory changes have always shared), then the dead-letter topic, for the
 * {@code @DltHandler} of the listener's class. Delivery jobs have a policy of their own.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RetryableTopic(backoff = @Backoff(delayExpression = "${beacon.fanout.retry-delay-ms:2000}", multiplier = 3,
		maxDelayExpression = "${beacon.fanout.max-retry-delay-ms:120000}"),
		retryTopicSuffix = Topics.RETRY_SUFFIX, dltTopicSuffix = Topics.DLT_SUFFIX,
		topicSuffixingStrategy = TopicSuffixingStrategy.SUFFIX_WITH_INDEX_VALUE,
		numPartitions = "${beacon.kafka.partitions:6}", replicationFactor = "${beacon.kafka.replicas:1}")
public @interface StageRetries {

	/** Tries in all, the first included: the stage's own setting, as a placeholder with its default. */
	@AliasFor(annotation = RetryableTopic.class, attribute = "attempts")
	String attempts();
}
