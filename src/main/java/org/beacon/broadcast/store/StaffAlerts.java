package org.beacon.broadcast.store;

import java.util.UUID;

import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The alerts a staff member may act on: those whose every country their post covers. An alert outside the post is
 * answered as not found, so staff cannot probe for other posts' alerts.
 */
@Component
public class StaffAlerts {

	private final Alerts alerts;

	private final StaffDirectory staff;

	StaffAlerts(Alerts alerts, StaffDirectory staff) {
		this.alerts = alerts;
		this.staff = staff;
	}

	public StaffMember member(String username) {
		return staff.find(username).orElseThrow(() -> new AccessDeniedException("No active staff account"));
	}

	/** The alert, when the member's post covers all of its countries; 404 otherwise. */
	public Alert actionable(UUID id, StaffMember member) {
		return alerts.find(id)
			.filter(found -> PostCoverage.mayActOn(member, found.countries()))
			.orElseThrow(() -> new AlertNotFoundException(id));
	}
}
