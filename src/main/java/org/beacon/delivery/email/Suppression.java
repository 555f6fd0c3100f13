package org.beacon.delivery.email;

import org.beacon.delivery.DeliveryFailure;
import org.beacon.subscribers.EmailConsent;
import org.springframework.stereotype.Component;

/** An address the mail system refused for good (SMTP 5xx) gets no more alerts until its owner changes it. */
@Component
class Suppression {

	private final EmailConsent consent;

	Suppression(EmailConsent consent) {
		this.consent = consent;
	}

	void afterRefusal(String address, DeliveryFailure failure) {
		if (failure.code().startsWith("smtp:5")) {
			consent.suppress(address, failure.getMessage());
		}
	}
}
