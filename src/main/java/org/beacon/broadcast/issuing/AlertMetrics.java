package org.beacon.broadcast.issuing;

import org.beacon.broadcast.AlertIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/** Counts issued alerts by type, severity and lane ({@code beacon.alerts.issued}). */
@Component
class AlertMetrics {

	private final MeterRegistry meters;

	AlertMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	void on(AlertIssued alert) {
		meters.counter("beacon.alerts.issued", "type", alert.alertType().name(), "severity", alert.severity().name(),
				"priority", alert.urgent() ? "urgent" : "routine").increment();
	}
}
