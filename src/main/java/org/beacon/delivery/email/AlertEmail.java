package org.beacon.delivery.email;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** An alert email for one recipient, in their language. */
public record AlertEmail(UUID alertId, UUID subscriberId, String to, Locale locale, String alertType, String severity, String title,
		String body, String sender, Instant issuedAt) {

	static AlertEmail of(EmailDelivery job, String to) {
		return new AlertEmail(job.alertId(), job.subscriberId(), to, Locale.forLanguageTag(job.locale() == null ? "en" : job.locale()),
				job.alertType(), job.severity(), job.title(), job.body(), job.sender(), job.issuedAt());
	}
}
