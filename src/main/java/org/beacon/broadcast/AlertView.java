package org.beacon.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beacon.broadcast.advisory.AdvisoryOrigin;
import org.beacon.broadcast.store.Alert;
import org.beacon.ledger.DeliveryProgress;
import org.beacon.subscribers.Channel;

/**
 * An alert as staff see it, with the progress of its delivery.
 *
 * @param issuedBy who composed it; for an alert the two-person rule held, who submitted it
 * @param issuedAt when it was issued: for an approved alert, when it was approved; while it waits, when it was
 * submitted
 * @param approval what the two-person rule recorded, when it held the alert; null when it did not
 * @param answerBy for a check-in, until when its recipients' answers are taken; null for an alert that asks nothing
 * @param effective from when the alert applies (CAP effective)
 * @param expires until when it applies (CAP expires); null for a travel advisory, in force until the country's next
 * level change; the moment it was cancelled for a cancelled alert
 * @param arrivalsUntil besides the citizens there when it was issued, it reached those whose stay starts by this day;
 * null: nobody arriving
 * @param reach the audience counted when it was stored: recipients there then, and arriving, withheld when either is
 * from 1 to 4 ({@link Reach#shown()}); null for alerts stored before arrivals were counted
 */
public record AlertView(UUID id, AlertStatus status, String origin, AlertType type, Severity severity, String title,
		String body, String smsText, String smsEncoding, int smsSegments, Wording spanish, IssueAlertRequest.Area area,
		Set<Channel> channels, String postId, String issuedBy, Instant issuedAt, AdvisoryOrigin advisory,
		Approval approval, DeliveryProgress progress, Instant answerBy, Instant effective, Instant expires,
		Instant arrivalsUntil, Reach.Shown reach) {

	public static AlertView of(Alert alert, DeliveryProgress progress) {
		SmsText sms = SmsText.of(alert.smsText());
		return new AlertView(alert.id(), alert.status(), alert.origin(), alert.type(), alert.severity(), alert.title(),
				alert.body(), alert.smsText(), sms.encoding(), sms.segments(), alert.spanish(),
				alert.shapes().area(alert.countries(), alert.regions()), alert.channels(), alert.postId(),
				alert.issuedBy(), alert.issuedAt(), alert.advisory(), alert.approval(), progress, alert.answerBy(),
				alert.lifetime().effective(), alert.lifetime().expires(), alert.lifetime().arrivalsUntil(),
				alert.reach() == null ? null : alert.reach().shown());
	}

	/**
	 * What the two-person rule recorded of an alert it held: why, and the second person's decision once made.
	 *
	 * @param decidedBy the approver who approved or rejected it; null while it waits
	 * @param decidedAt when they did; null while it waits
	 * @param rejectionReason why they rejected it, when they said; null otherwise
	 */
	public record Approval(ApprovalReason reason, String decidedBy, Instant decidedAt, String rejectionReason) {

		public static Approval waiting(ApprovalReason reason) {
			return new Approval(reason, null, null, null);
		}
	}

	/**
	 * The alert ids of a listing, with their progress.
	 *
	 * @param expires until when it is in force; null for a travel advisory in force until the next level change
	 */
	public record Summary(UUID id, AlertStatus status, String origin, AlertType type, Severity severity, String title,
			List<String> countries, Instant issuedAt, DeliveryProgress progress, Instant expires) {
	}
}
