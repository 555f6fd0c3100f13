package org.beacon.ledger;

import org.beacon.subscribers.SubscriberLeft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a citizen deletes their enrollment, the ledger forgets their phone and email but keeps its counts. */
@Component
class SubscriberErasure {

	private final Deliveries deliveries;

	SubscriberErasure(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@ApplicationModuleListener
	void on(SubscriberLeft left) {
		deliveries.erase(left.subscriberId());
	}
}
