package org.beacon.staff;

import java.util.Set;

/**
 * A staff member and the post they work at.
 *
 * @param countries ISO 3166-1 alpha-2 codes of the countries the post covers
 */
public record StaffMember(String username, String displayName, String postId, String postName,
		Set<String> countries, Set<StaffRole> roles) {

	/** Administrators work for the whole department and cover every country. */
	public boolean covers(String country) {
		return roles.contains(StaffRole.ADMIN) || countries.contains(country);
	}
}
