package org.beacon.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.beacon.ledger.DeliveryLedger;
import org.beacon.ledger.DeliveryStatus;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.KafkaListeners;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Applies the delivery reports of {@link Topics#DELIVERY_REPORTS} to the ledger, a batch in two statements
 * ({@link DeliveryLedger#reportedAll}). A batch the database refuses goes to {@link Topics#DELIVERY_REPORT_RETRIES},
 * whose listener applies each report on its own with the delivery retry policy, then dead-letters it; a report
 * that cannot be read is logged and dropped, as no retry can read it. Runs with the SMS workers: Twilio's are the
 * only reports so far.
 */
@Component
@ConditionalOnRole(Role.SMS)
class DeliveryReportsListener {

	private static final Logger log = LoggerFactory.getLogger(DeliveryReportsListener.class);

	/** A report as {@link DeliveryReportsIntake} queued it. */
	record ProviderReport(String type, int schemaVersion, String channel, String providerId, String status,
			String errorCode) {

		/** The report in the ledger's terms; empty when it names no message or no status a report can give. */
		Optional<DeliveryLedger.Report> ledgerReport() {
			boolean known = providerId != null
					&& Arrays.stream(Channel.values()).anyMatch(named -> named.name().equals(channel))
					&& DeliveryStatus.REPORTED.stream().anyMatch(reported -> reported.name().equals(status));
			return known ? Optional.of(new DeliveryLedger.Report(providerId, DeliveryStatus.valueOf(status), errorCode))
					: Optional.empty();
		}
	}

	private final DeliveryLedger ledger;

	private final DeliveryMetrics metrics;

	private final KafkaTemplate<String, Object> kafka;

	DeliveryReportsListener(DeliveryLedger ledger, DeliveryMetrics metrics, KafkaTemplate<String, Object> kafka) {
		this.ledger = ledger;
		this.metrics = metrics;
		this.kafka = kafka;
	}

	@KafkaListener(id = "delivery-reports", groupId = "beacon-delivery-reports", topics = Topics.DELIVERY_REPORTS,
			containerFactory = KafkaListeners.BATCH, concurrency = "${beacon.delivery.reports.concurrency:2}",
			properties = "max.poll.records=${beacon.delivery.reports.batch-size:500}")
	void on(List<ProviderReport> reports, Acknowledgment ack) {
		List<ProviderReport> readable = readable(reports);
		try {
			apply(readable);
		}
		catch (DataAccessException ex) {
			log.warn("A batch of {} delivery reports could not be applied; each is tried again on its own: {}",
					readable.size(), Masking.line(String.valueOf(ex.getMessage())));
			forward(readable);
		}
		ack.acknowledge();
	}

	@DeliveryRetries
	@KafkaListener(id = "delivery-reports-retries", groupId = "beacon-delivery-reports-retries",
			topics = Topics.DELIVERY_REPORT_RETRIES)
	void retry(ProviderReport report) {
		apply(readable(List.of(report)));
	}

	@DltHandler
	void dead(ProviderReport report, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		log.error("A {} report for {} could not be applied after all retries: {}", report.status(),
				Masking.typed(report.providerId()), Masking.line(String.valueOf(reason)));
	}

	private void apply(List<ProviderReport> reports) {
		ledger.reportedAll(reports.stream().map(report -> report.ledgerReport().orElseThrow()).toList());
		reports.forEach(report -> metrics.reported(Channel.valueOf(report.channel()),
				DeliveryStatus.valueOf(report.status())));
	}

	/** The reports that can be applied; the rest are logged, and counted as unreadable, never passed on silently. */
	private static List<ProviderReport> readable(List<ProviderReport> reports) {
		List<ProviderReport> readable = reports.stream()
			.filter(report -> ((Object) report) instanceof ProviderReport known && known.ledgerReport().isPresent())
			.toList();
		if (readable.size() < reports.size()) {
			log.error("{} of a batch of {} delivery reports could not be read and were dropped",
					reports.size() - readable.size(), reports.size());
		}
		return readable;
	}

	/** Queues the reports on the retries topic and returns once Kafka has acknowledged every one. */
	private void forward(List<ProviderReport> reports) {
		List<CompletableFuture<?>> acks = new ArrayList<>(reports.size());
		for (ProviderReport report : reports) {
			acks.add(kafka.send(MessageBuilder.withPayload(report)
				.setHeader(KafkaHeaders.TOPIC, Topics.DELIVERY_REPORT_RETRIES)
				.setHeader(KafkaHeaders.KEY, report.providerId())
				.build()));
		}
		try {
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while queuing report retries", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			// Thrown, so the container's error handler brings the whole batch again after a pause.
			throw new IllegalStateException("could not queue report retries", ex);
		}
	}
}
