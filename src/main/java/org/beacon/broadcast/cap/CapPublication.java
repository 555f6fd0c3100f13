package org.beacon.broadcast.cap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

	/** Enough for every country's advisory alert (in force until its next level change) and the others. */
	private static final int FEED_SIZE = 500;

	/** How long a cancellation stays in the feed. */
	static final Duration CANCELLATIONS_LISTED = Duration.ofDays(7);

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

	/**
	 * The Atom feed of the alerts in force (issued, not expired), and of the cancellations of the last
	 * {@link #CANCELLATIONS_LISTED}, so that a reader learns that an alert it holds has ended; newest first.
	 */
	@Transactional(readOnly = true)
	public String feed() {
		Instant now = clock.instant();
		List<CapDocuments.FeedEntry> entries = alerts.inForceOrCancelled(now, now.minus(CANCELLATIONS_LISTED), FEED_SIZE)
			.stream()
			.map(alert -> new CapDocuments.FeedEntry(alert, alert.status() != AlertStatus.CANCELLED ? null
					: lifecycle.cancellation(alert.id()).map(AlertLifecycle.Cancellation::at).orElse(null)))
			.toList();
		return documents.atom(entries, now);
	}
}
