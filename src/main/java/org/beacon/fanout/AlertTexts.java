package org.beacon.fanout;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** The words the fan-out queued for an alert, for whoever must recognize a message it sent. */
@Service
public class AlertTexts {

	private final AlertRecords records;

	AlertTexts(AlertRecords records) {
		this.records = records;
	}

	/**
	 * Every SMS text the alert's jobs may carry, one per language it has; empty when the fan-out kept no record of
	 * the alert (it ran before records were kept).
	 */
	public Set<String> sms(UUID alertId) {
		Set<String> texts = new LinkedHashSet<>();
		records.of(alertId).ifPresent(alert -> {
			texts.add(alert.smsText());
			if (alert.spanish() != null && alert.spanish().smsText() != null) {
				texts.add(alert.spanish().smsText());
			}
		});
		texts.remove(null);
		return texts;
	}
}
