package org.beacon.broadcast.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.issuing.AlertCancellations;
import org.beacon.broadcast.progress.LiveProgress;
import org.beacon.broadcast.store.AlertLifecycle;
import org.beacon.broadcast.store.PostCoverage;
import org.beacon.broadcast.store.StaffAlerts;
import org.beacon.ledger.DeliverySnapshot;
import org.beacon.ledger.DeliveryWatch;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the alert page shows of an alert for a staff member: the alert, its delivery as it stands, what it follows,
 * and which of Update and Cancel they may use. An alert awaiting approval, or rejected, was never sent, so the page says
 * so instead of showing a delivery that is not running; it names who submitted it, and who decided it and when.
 */
@Component
class AlertPageModel {

	private final BroadcastManagement broadcasts;

	private final StaffAlerts staffAlerts;

	private final AlertLifecycle lifecycle;

	private final DeliveryWatch watch;

	private final Clock clock;

	AlertPageModel(BroadcastManagement broadcasts, StaffAlerts staffAlerts, AlertLifecycle lifecycle,
			DeliveryWatch watch, Clock clock) {
		this.broadcasts = broadcasts;
		this.staffAlerts = staffAlerts;
		this.lifecycle = lifecycle;
		this.watch = watch;
		this.clock = clock;
	}

	/**
	 * Fills the model of the page and names its template.
	 *
	 * @throws AlertNotFoundException (404) when the alert is not the member's post's
	 */
	String show(UUID id, Principal principal, Model model) {
		AlertView alert = broadcasts.find(id, principal.getName());
		StaffMember member = staffAlerts.member(principal.getName());
		DeliverySnapshot snapshot = watch.snapshot(id);
		model.addAttribute("alert", alert);
		model.addAttribute("now", clock.instant());
		LiveProgress progress = LiveProgress.of(alert.status(), snapshot, alert.channels(),
				LiveProgress.averageRate(snapshot, clock.instant()));
		model.addAttribute("progress", progress);
		model.addAttribute("statuses", LiveProgress.STATUSES);
		model.addAttribute("severities", Severity.values());
		model.addAttribute("cancellation", lifecycle.cancellation(id).orElse(null));
		model.addAttribute("follows", lifecycle.follows(id).orElse(null));
		model.addAttribute("awaitingApproval", alert.status() == AlertStatus.PENDING_APPROVAL);
		model.addAttribute("rejected", alert.status() == AlertStatus.REJECTED);
		model.addAttribute("submittedAt", submittedAt(alert));
		// Once every delivery is final there is nothing left to stop.
		model.addAttribute("canCancel", canCancel(alert, member) && !progress.done());
		model.addAttribute("canUpdate", canUpdate(alert, member));
		return "staff/alert";
	}

	/**
	 * Whether the member may cancel the alert but its delivery is finished, so that a cancellation would stop nothing:
	 * the page no longer offers it, and a confirmation left open in another tab is not carried out.
	 */
	boolean nothingLeftToStop(UUID id, Principal principal) {
		AlertView alert = broadcasts.find(id, principal.getName());
		return canCancel(alert, staffAlerts.member(principal.getName())) && watch.snapshot(id).done();
	}

	/**
	 * When a held alert was submitted; null once approved, as approving it made its issue time the approval's and the
	 * submission's time is no longer in the alert.
	 */
	private static Instant submittedAt(AlertView alert) {
		boolean approved = alert.approval() != null && alert.approval().decidedAt() != null
				&& alert.status() != AlertStatus.REJECTED;
		return alert.approval() == null || approved ? null : alert.issuedAt();
	}

	static boolean canCancel(AlertView alert, StaffMember member) {
		return alert.status() == AlertStatus.ISSUED && AlertCancellations.mayCancel(member) && covers(alert, member);
	}

	/** The form shows while the audience is still being found too; sending it then is refused with a clear message. */
	private static boolean canUpdate(AlertView alert, StaffMember member) {
		return (alert.status() == AlertStatus.ISSUED || alert.status() == AlertStatus.CANCELLED)
				&& member.roles().contains(StaffRole.OFFICER) && covers(alert, member);
	}

	private static boolean covers(AlertView alert, StaffMember member) {
		return PostCoverage.mayActOn(member, alert.area().countries());
	}
}
