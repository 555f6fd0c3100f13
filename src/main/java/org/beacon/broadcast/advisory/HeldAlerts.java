package org.beacon.broadcast.advisory;

import java.util.List;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.store.Alerts;
import org.beacon.broadcast.store.PostCoverage;
import org.beacon.broadcast.store.StaffAlerts;
import org.beacon.ledger.DeliveryProgress;
import org.beacon.staff.StaffMember;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review queue's alerts: those the advisory feed proposed and policy held, for the reviewer's post. */
@Service
@NamedInterface("advisory")
public class HeldAlerts {

	private static final int QUEUE = 100;

	private final Alerts alerts;

	private final StaffAlerts staffAlerts;

	HeldAlerts(Alerts alerts, StaffAlerts staffAlerts) {
		this.alerts = alerts;
		this.staffAlerts = staffAlerts;
	}

	/** Alerts held for review whose every country the staff member's post covers, oldest first. */
	@Transactional(readOnly = true)
	public List<AlertView> forReview(String username) {
		StaffMember member = staffAlerts.member(username);
		return alerts.heldForReview(QUEUE * 5).stream()
			.filter(alert -> alert.advisory() != null)
			.filter(alert -> PostCoverage.mayActOn(member, alert.countries()))
			.limit(QUEUE)
			.map(alert -> AlertView.of(alert, DeliveryProgress.notStarted()))
			.toList();
	}
}
