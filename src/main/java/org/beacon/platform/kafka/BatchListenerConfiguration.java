package org.beacon.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.beacon.platform.KafkaListeners;
import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.kafka.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.converter.BatchMessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.util.backoff.ExponentialBackOff;

/** The container factory of the delivery workers' batch listeners; record listeners keep Spring Boot's. */
@Configuration(proxyBeanMethods = false)
class BatchListenerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BatchListenerConfiguration.class);

	@Bean(KafkaListeners.BATCH)
	ConcurrentKafkaListenerContainerFactory<Object, Object> batchListenerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
			RecordMessageConverter converter) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumers);
		factory.setBatchListener(true);
		// Each record is converted to the listener's own record type, as for record listeners.
		factory.setBatchMessageConverter(new BatchMessagingMessageConverter(converter));
		factory.getContainerProperties().setAckMode(AckMode.MANUAL);
		// A batch that fails (database or Kafka unavailable) comes again, after growing pauses, until it succeeds:
		// its rows are claimed at most once, so a second pass sends only what the first did not.
		ExponentialBackOff backOff = new ExponentialBackOff(1000, 2);
		backOff.setMaxInterval(60_000);
		DefaultErrorHandler errors = new DefaultErrorHandler(backOff);
		errors.setRetryListeners(new RetryListener() {

			@Override
			public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int attempt) {
				log.warn("A record of a batch failed (attempt {}); it comes again: {}", attempt,
						Masking.line(ex.getMessage()));
			}

			@Override
			public void failedDelivery(ConsumerRecords<?, ?> records, Exception ex, int attempt) {
				log.warn("A batch of {} failed (attempt {}); it comes again: {}", records.count(), attempt,
						Masking.line(ex.getMessage()));
			}
		});
		factory.setCommonErrorHandler(errors);
		return factory;
	}
}
