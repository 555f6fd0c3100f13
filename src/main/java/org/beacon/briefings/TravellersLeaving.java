package org.beacon.briefings;

import org.beacon.subscribers.SubscriberLeft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A citizen who leaves takes their trips' briefings with them. */
@Component
class TravellersLeaving {

	private final Briefings briefings;

	TravellersLeaving(Briefings briefings) {
		this.briefings = briefings;
	}

	@ApplicationModuleListener
	void on(SubscriberLeft left) {
		briefings.forget(left.subscriberId());
	}
}
