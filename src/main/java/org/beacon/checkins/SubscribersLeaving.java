package org.beacon.checkins;

import org.beacon.checkins.store.AnswerErasure;
import org.beacon.subscribers.SubscriberLeft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a citizen deletes their enrollment, check-ins forget what they said about themselves ({@link AnswerErasure}). */
@Component
class SubscribersLeaving {

	private final AnswerErasure erasure;

	SubscribersLeaving(AnswerErasure erasure) {
		this.erasure = erasure;
	}

	@ApplicationModuleListener
	void on(SubscriberLeft left) {
		erasure.erase(left.subscriberId());
	}
}
