package org.beacon.broadcast.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beacon.broadcast.AlertIssued;
import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.Lifetime;
import org.beacon.broadcast.Reach;
import org.beacon.broadcast.ApprovalReason;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.Wording;
import org.beacon.broadcast.advisory.AdvisoryOrigin;
import org.beacon.subscribers.Channel;

/**
 * A stored alert.
 *
 * @param spanish the Spanish wording, for subscribers who read Spanish; null when the alert has none
 * @param advisory the advisory change behind an automatic alert; null for alerts staff wrote
 * @param approval what the two-person rule recorded, when it held the alert; null when it did not
 * @param answerBy for a check-in (an alert that asks "are you safe?"), until when answers are taken; null for an alert
 * that asks nothing
 * @param lifetime when it is in force, and whom arriving it reaches
 * @param reach the audience counted when it was stored; null for alerts stored before it was counted
 */
public record Alert(UUID id, AlertType type, Severity severity, String title, String body, String smsText,
		Wording spanish, List<String> countries, List<String> regions, AlertShapes shapes, Set<Channel> channels,
		String postId,
		String issuedBy, Instant issuedAt, AlertStatus status, AdvisoryOrigin advisory, AlertView.Approval approval,
		Instant answerBy, Lifetime lifetime, Reach reach) {

	public AlertIssued issued(String sender) {
		return new AlertIssued(id, type, severity, title, body, smsText, spanish, countries, regions,
				shapes.circles(), shapes.polygons(), channels.stream().map(Enum::name).sorted().toList(), postId,
				sender, issuedAt, null, answerBy, lifetime.effective(), lifetime.expires(), lifetime.arrivalsUntil());
	}

	/** The same alert with the audience its area holds now. */
	public Alert reaching(Reach counted) {
		return new Alert(id, type, severity, title, body, smsText, spanish, countries, regions, shapes, channels, postId,
				issuedBy, issuedAt, status, advisory, approval, answerBy, lifetime, counted);
	}

	/** The same alert held by the two-person rule: awaiting approval, not sent. */
	public Alert held(ApprovalReason reason) {
		return new Alert(id, type, severity, title, body, smsText, spanish, countries, regions, shapes, channels, postId,
				issuedBy, issuedAt, AlertStatus.PENDING_APPROVAL, advisory, AlertView.Approval.waiting(reason), answerBy,
				lifetime, reach);
	}

	/** Whether the alert asks its recipients whether they are safe. */
	public boolean checkIn() {
		return answerBy != null;
	}

	public String origin() {
		return advisory == null ? "STAFF" : "ADVISORY_FEED";
	}
}
