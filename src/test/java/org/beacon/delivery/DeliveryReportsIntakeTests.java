package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryStatus;
import org.beacon.subscribers.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.support.converter.ByteArrayJsonMessageConverter;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** When Kafka does not take a report within the bound, the webhook's intake applies it to the ledger itself. */
class DeliveryReportsIntakeTests {

	@Test
	void aReportKafkaDoesNotTakeInTimeIsAppliedDirectlyAndCounted() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		DeliveryLedger ledger = mock(DeliveryLedger.class);
		// Nothing listens on port 1: the producer never learns the topic's partitions.
		DefaultKafkaProducerFactory<Object, Object> unreachable = new DefaultKafkaProducerFactory<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
		DeliveryProperties properties = new DeliveryProperties(null, "unsubscribe@beacon.localhost", null, null, null, null,
				null, 5, new DeliveryProperties.Reports(Duration.ofMillis(300)), null, null);
		DeliveryReportsIntake intake = new DeliveryReportsIntake(unreachable, new ByteArrayJsonMessageConverter(),
				ledger, new DeliveryMetrics(meters), properties);
		long started = System.nanoTime();
		try {
			intake.take(Channel.SMS, "SMkafkadown", DeliveryStatus.UNDELIVERED, "twilio:30003");
		}
		finally {
			intake.destroy();
		}

		// Twilio waits 15 s for the webhook's answer; a producer left to block would wait its max.block.ms (60 s). The
		// bound is Twilio's, not a speed: it holds on a loaded machine too.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(14));
		verify(ledger).reportedAll(
				List.of(new DeliveryLedger.Report("SMkafkadown", DeliveryStatus.UNDELIVERED, "twilio:30003")));
		assertThat(meters.counter("beacon.delivery.reports.intake", "path", "direct").count()).isEqualTo(1);
		assertThat(meters.counter("beacon.delivery.reports.intake", "path", "kafka").count()).isZero();
		assertThat(meters.counter("beacon.deliveries", "channel", "SMS", "status", "UNDELIVERED", "priority", "report")
			.count()).isEqualTo(1);
	}
}
