package org.beacon.delivery.email;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An alert email for one recipient, in their language.
 *
 * @param answerBy for a check-in (its id is {@code alertId}), its deadline: the email carries the reader's answer
 * links; null for an alert that asks nothing
 * @param expires until when the alert is in force, which the email says; null when it lasts until an event ends it (a
 * travel advisory) or is not known
 */
public record AlertEmail(UUID alertId, UUID subscriberId, String to, Locale locale, String alertType, String severity, String title,
		String body, String sender, Instant issuedAt, Instant answerBy, Instant expires) {

	/** An alert that asks nothing. */
	public AlertEmail(UUID alertId, UUID subscriberId, String to, Locale locale, String alertType, String severity,
			String title, String body, String sender, Instant issuedAt) {
		this(alertId, subscriberId, to, locale, alertType, severity, title, body, sender, issuedAt, null, null);
	}

	static AlertEmail of(EmailDelivery job, String to) {
		return new AlertEmail(job.alertId(), job.subscriberId(), to, Locale.forLanguageTag(job.locale() == null ? "en" : job.locale()),
				job.alertType(), job.severity(), job.title(), job.body(), job.sender(), job.issuedAt(), job.answerBy(),
				job.expires());
	}

	/** Whether it asks its reader whether they are safe: a check-in's. */
	public boolean asks() {
		return answerBy != null;
	}
}
