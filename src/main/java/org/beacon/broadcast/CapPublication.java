package org.beacon.broadcast;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes issued alerts (never held, withdrawn or discarded ones) as CAP 1.2. */
@Service
class CapPublication {

	private static final int FEED_SIZE = 50;

	private final Alerts alerts;

	private final CapDocuments documents;

	private final BroadcastManagement broadcasts;

	private final Clock clock;

	CapPublication(Alerts alerts, CapDocuments documents, BroadcastManagement broadcasts, Clock clock) {
		this.alerts = alerts;
		this.documents = documents;
		this.broadcasts = broadcasts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<String> document(UUID id) {
		return alerts.find(id).filter(alert -> alert.status() == AlertStatus.ISSUED)
			.map(alert -> documents.alert(alert, broadcasts.senderOf(alert)));
	}

	@Transactional(readOnly = true)
	String feed() {
		List<Alert> issued = alerts.recentIssued(FEED_SIZE);
		return documents.atom(issued, clock.instant());
	}
}
