package org.beacon.advisories.store;

import org.beacon.broadcast.advisory.AdvisoryAlertDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/** Completes each ingest report with what the automatic alerts made of its changes. */
@Component
class IngestOutcomes {

	private final AdvisoryStore store;

	private final MeterRegistry meters;

	IngestOutcomes(AdvisoryStore store, MeterRegistry meters) {
		this.store = store;
		this.meters = meters;
	}

	@ApplicationModuleListener
	void on(AdvisoryAlertDecided decided) {
		store.countAlert(decided.ingestId(), decided.issued(), decided.held(), decided.heldWithdrawn());
		meters.counter("beacon.advisories.alerts", "outcome", "issued").increment(decided.issued());
		meters.counter("beacon.advisories.alerts", "outcome", "held").increment(decided.held());
		meters.counter("beacon.advisories.alerts", "outcome", "held-withdrawn").increment(decided.heldWithdrawn());
	}
}
