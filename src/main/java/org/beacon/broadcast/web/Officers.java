package org.beacon.broadcast.web;

import java.security.Principal;

import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The staff member behind a page's request, who must be an officer to compose. */
@Component
class Officers {

	private final StaffDirectory staff;

	Officers(StaffDirectory staff) {
		this.staff = staff;
	}

	/** @throws AccessDeniedException (403) for a member without an active account or the OFFICER role */
	StaffMember officer(Principal principal) {
		StaffMember member = staff.find(principal.getName())
			.orElseThrow(() -> new AccessDeniedException("No staff account " + principal.getName()));
		if (!member.roles().contains(StaffRole.OFFICER)) {
			throw new AccessDeniedException("Only officers compose alerts");
		}
		return member;
	}
}
