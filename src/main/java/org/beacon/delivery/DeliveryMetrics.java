package org.beacon.delivery;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.beacon.ledger.DeliveryStatus;
import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The delivery meters: {@code beacon.deliveries} by channel, status and priority (a dead-lettered delivery's priority
 * is {@code dead-letter}), {@code beacon.deliveries.unreadable} by channel, {@code beacon.delivery.reports.intake} by
 * path, and {@code beacon.provider.latency} by channel, provider and outcome (its count is each provider's traffic).
 */
@Component
class DeliveryMetrics {

	private final MeterRegistry meters;

	DeliveryMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	void count(Channel channel, Priority priority, String status, int n) {
		if (n > 0) {
			meters.counter("beacon.deliveries", "channel", channel.name(), "status", status, "priority",
					priority.name().toLowerCase()).increment(n);
		}
	}

	/** A provider's final report on a delivery, counted as it is applied (priority {@code report}). */
	void reported(Channel channel, DeliveryStatus status) {
		meters.counter("beacon.deliveries", "channel", channel.name(), "status", status.name(), "priority", "report")
			.increment();
	}

	/** How a status webhook handed a report on: {@code kafka}, or {@code direct} to the ledger when Kafka was slow. */
	void reportIntake(String path) {
		meters.counter("beacon.delivery.reports.intake", "path", path).increment();
	}

	/** A delivery whose retries were exhausted, recorded as FAILED. */
	void deadLettered(Channel channel) {
		meters.counter("beacon.deliveries", "channel", channel.name(), "status", DeliveryStatus.FAILED.name(), "priority",
				"dead-letter").increment();
	}

	/** Records of a batch that could not be read as jobs, and were not sent. */
	void unreadable(Channel channel, int n) {
		meters.counter("beacon.deliveries.unreadable", "channel", channel.name()).increment(n);
	}

	/**
	 * Records a chunk's messages, each at the chunk's mean time per message: they went one after another over one
	 * connection, so that is what each took.
	 */
	void latency(Channel channel, String provider, List<ProviderAnswer> answers, long chunkNanos) {
		long each = chunkNanos / Math.max(1, answers.size());
		for (ProviderAnswer answer : answers) {
			String outcome = answer.failure() == null ? "accepted" : answer.failure().permanent() ? "refused"
					: "transient";
			meters.timer("beacon.provider.latency", "channel", channel.name(), "provider", provider, "outcome", outcome)
				.record(each, TimeUnit.NANOSECONDS);
		}
	}
}
