package org.beacon.broadcast;

import java.util.UUID;

import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The alerts a staff member may act on: those whose every country their post covers. An alert outside the post is
 * answered as not found, so staff cannot probe for other posts' alerts.
 */
@Component
class StaffAlerts {

	private final Alerts alerts;

	private final StaffDirectory staff;

	StaffAlerts(Alerts alerts, StaffDirectory staff) {
		this.alerts = alerts;
		this.staff = staff;
	}

	StaffMember member(String username) {
		return staff.find(username).orElseThrow(() -> new AccessDeniedException("No active staff account"));
	}

	/** The alert, when the member's post covers all of its countries; 404 otherwise. */
	Alert actionable(UUID id, StaffMember member) {
		return alerts.find(id)
			.filter(found -> found.countries().stream().allMatch(member::covers))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No alert " + id + " for the countries of your post"));
	}

	/** 409: the alert is not in a state that allows the action. */
	static ResponseStatusException conflict(Alert alert, String action) {
		String why = switch (alert.status()) {
			case PENDING_REVIEW -> "it is held for review: approve or discard it instead";
			case CANCELLED -> "it was cancelled";
			case ISSUED -> "it changed meanwhile; reload it";
			default -> "it was never sent (" + alert.status().name().toLowerCase(java.util.Locale.ROOT) + ")";
		};
		return new ResponseStatusException(HttpStatus.CONFLICT, "Alert " + alert.id() + " cannot be " + action + ": "
				+ why);
	}
}
