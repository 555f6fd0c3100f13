package org.beacon.broadcast.cap;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.AlertLifecycle;
import org.beacon.broadcast.store.Alerts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes issued alerts (never held, withdrawn or discarded ones), their updates and cancellations as CAP 1.2. */
@Service
public class CapPublication {

	private static final int FEED_SIZE = 50;

	private final Alerts alerts;

	private final CapDocuments documents;

	private final BroadcastManagement broadcasts;

	private final Clock clock;

	private final AlertLifecycle lifecycle;

	CapPublication(Alerts alerts, CapDocuments documents, BroadcastManagement broadcasts, Clock clock,
			AlertLifecycle lifecycle) {
		this.lifecycle = lifecycle;
		this.alerts = alerts;
		this.documents = documents;
		this.broadcasts = broadcasts;
		this.clock = clock;
	}

	/**
	 * The alert's CAP document: msgType Alert, or Update when it follows an earlier alert. A cancelled alert keeps
	 * its document (receivers match the Cancel's reference against it); held, withdrawn and discarded ones have none.
	 */
	@Transactional(readOnly = true)
	public Optional<String> document(UUID id) {
		return alerts.find(id).filter(CapPublication::published)
			.map(alert -> documents.alert(alert, broadcasts.senderOf(alert),
					lifecycle.follows(id).flatMap(alerts::find).orElse(null)));
	}

	/** The Cancel message of a cancelled alert. */
	@Transactional(readOnly = true)
	public Optional<String> cancellation(UUID id) {
		return alerts.find(id).flatMap(alert -> lifecycle.cancellation(id)
			.map(cancellation -> documents.cancel(alert, cancellation.at())));
	}

	private static boolean published(Alert alert) {
		return alert.status() == AlertStatus.ISSUED || alert.status() == AlertStatus.CANCELLED;
	}

	@Transactional(readOnly = true)
	public String feed() {
		List<Alert> issued = alerts.recentIssued(FEED_SIZE);
		return documents.atom(issued, clock.instant());
	}
}
