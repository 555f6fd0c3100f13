package org.beacon.broadcast.store;

import java.util.Collection;

import org.beacon.staff.StaffMember;

/**
 * Which alerts a staff member's post reaches. Reading needs one of the alert's countries: an alert for Mali and
 * Niger concerns both embassies. Acting on it (approving, updating, cancelling, reviewing) needs every one of its
 * countries, so that no post sends or stops messages for a country it does not cover. Administrators cover every
 * country ({@link StaffMember#covers}).
 */
public final class PostCoverage {

	private PostCoverage() {
	}

	public static boolean mayRead(StaffMember member, Collection<String> countries) {
		return countries.stream().anyMatch(member::covers);
	}

	public static boolean mayActOn(StaffMember member, Collection<String> countries) {
		return !countries.isEmpty() && countries.stream().allMatch(member::covers);
	}
}
