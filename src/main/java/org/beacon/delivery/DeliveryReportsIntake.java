package org.beacon.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryStatus;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Takes a provider's delivery reports off its webhook's request, so the provider gets its answer at once: each goes
 * onto {@link Topics#DELIVERY_REPORTS}, keyed by the provider's message id so the reports of one message stay in
 * order, for {@code DeliveryReportsListener} to apply in batches. When Kafka has not taken a report within
 * {@code beacon.delivery.reports.send-timeout}, it is applied to the ledger directly, as before there was a topic:
 * no report is lost and the provider is still answered. Kafka may yet take a report it was slow with; applying it
 * again changes nothing, reports being idempotent. Meter: {@code beacon.delivery.reports.intake} by {@code path}
 * ({@code kafka}, {@code direct}).
 */
@Component
@ConditionalOnRole(Role.API)
public class DeliveryReportsIntake implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeliveryReportsIntake.class);

	/** A report as it travels on Kafka; the listener reads it as its own record type. */
	record ReportRecord(String type, int schemaVersion, String channel, String providerId, String status,
			String errorCode) {
	}

	private final KafkaTemplate<Object, Object> kafka;

	private final DeliveryLedger ledger;

	private final DeliveryMetrics metrics;

	private final Duration timeout;

	DeliveryReportsIntake(ProducerFactory<Object, Object> producers, RecordMessageConverter converter,
			DeliveryLedger ledger, DeliveryMetrics metrics, DeliveryProperties properties) {
		this.timeout = properties.reports().sendTimeout();
		// A producer of its own, whose send() gives up waiting for the brokers within the bound too: the shared one
		// may block a minute for metadata before its future even exists.
		this.kafka = new KafkaTemplate<>(producers,
				Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.toIntExact(timeout.toMillis())));
		this.kafka.setMessageConverter(converter);
		this.ledger = ledger;
		this.metrics = metrics;
	}

	/**
	 * Queues a final delivery report, or applies it when Kafka does not take it in time; returns within about the
	 * bound, plus one statement in the second case.
	 *
	 * @param status one of {@link DeliveryStatus#REPORTED}
	 * @throws IllegalArgumentException for a status no delivery report can give
	 */
	public void take(Channel channel, String providerId, DeliveryStatus status, String errorCode) {
		DeliveryLedger.Report report = new DeliveryLedger.Report(providerId, status, errorCode);
		try {
			kafka.send(MessageBuilder
				.withPayload(new ReportRecord("DeliveryReport", 1, channel.name(), providerId, status.name(), errorCode))
				.setHeader(KafkaHeaders.TOPIC, Topics.DELIVERY_REPORTS)
				.setHeader(KafkaHeaders.KEY, providerId)
				.build()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			metrics.reportIntake("kafka");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			direct(channel, report, ex);
		}
		catch (TimeoutException | ExecutionException | KafkaException
				| org.apache.kafka.common.KafkaException ex) {
			direct(channel, report, ex);
		}
	}

	private void direct(Channel channel, DeliveryLedger.Report report, Exception why) {
		log.warn("Kafka did not take the {} report for {} within {}; applied directly: {}", report.status(),
				Masking.typed(report.providerId()), timeout, Masking.line(String.valueOf(why.getMessage())));
		ledger.reportedAll(List.of(report));
		metrics.reported(channel, report.status());
		metrics.reportIntake("direct");
	}

	@Override
	public void destroy() {
		kafka.destroy();
	}
}
