package org.beacon.checkins.help;

import java.util.UUID;

import org.beacon.checkins.CheckInNotFoundException;
import org.beacon.checkins.store.CheckIn;
import org.beacon.checkins.store.CheckInStore;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see citizens of a check-in: staff with role CRISIS (the security configuration already requires it of the
 * paths; this holds for any other caller), whose post covers one of the check-in's countries.
 */
@Component
class CrisisStaff {

	private final StaffDirectory staff;

	private final CheckInStore checkIns;

	CrisisStaff(StaffDirectory staff, CheckInStore checkIns) {
		this.staff = staff;
		this.checkIns = checkIns;
	}

	/** A staff member and a check-in they may work on. */
	record Access(StaffMember member, CheckIn checkIn) {

		/** Whether a citizen enrolled in this country may be shown to them. */
		boolean shows(String country) {
			return member.covers(country);
		}
	}

	/**
	 * @throws AccessDeniedException without role CRISIS
	 * @throws CheckInNotFoundException when there is no such check-in for their post
	 */
	Access to(UUID checkInId, String username) {
		StaffMember member = member(username);
		CheckIn checkIn = checkIns.find(checkInId)
			.filter(found -> found.countries().stream().anyMatch(member::covers))
			.orElseThrow(() -> new CheckInNotFoundException(checkInId));
		return new Access(member, checkIn);
	}

	/** @throws AccessDeniedException without role CRISIS */
	StaffMember member(String username) {
		return staff.find(username)
			.filter(found -> found.roles().contains(StaffRole.CRISIS))
			.orElseThrow(() -> new AccessDeniedException("Crisis staff only"));
	}
}
