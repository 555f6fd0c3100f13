package org.beacon.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beacon.fanout.DeliveryProgress;
import org.beacon.subscribers.Channel;

/** An alert as staff see it, with the progress of its delivery. */
public record AlertView(UUID id, AlertStatus status, String origin, AlertType type, Severity severity, String title,
		String body, String smsText, String smsEncoding, int smsSegments, Wording spanish, IssueAlertRequest.Area area,
		Set<Channel> channels, String postId, String issuedBy, Instant issuedAt, AdvisoryOrigin advisory,
		DeliveryProgress progress) {

	static AlertView of(Alert alert, DeliveryProgress progress) {
		SmsText sms = SmsText.of(alert.smsText());
		return new AlertView(alert.id(), alert.status(), alert.origin(), alert.type(), alert.severity(), alert.title(),
				alert.body(), alert.smsText(), sms.encoding(), sms.segments(), alert.spanish(),
				alert.shapes().area(alert.countries(), alert.regions()), alert.channels(), alert.postId(),
				alert.issuedBy(), alert.issuedAt(), alert.advisory(), progress);
	}

	/** The alert ids of a listing, with their progress. */
	public record Summary(UUID id, AlertStatus status, String origin, AlertType type, Severity severity, String title,
			List<String> countries, Instant issuedAt, DeliveryProgress progress) {
	}
}
