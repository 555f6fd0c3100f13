package org.beacon.staff.accounts;

import java.util.Set;

import org.beacon.staff.StaffRole;

/**
 * A staff account as administrators see it (never its password hash).
 *
 * @param enabled false once disabled: the account can no longer sign in
 */
public record StaffAccountView(String username, String displayName, String postId, String postName,
		Set<StaffRole> roles, boolean enabled) {

	public boolean has(StaffRole role) {
		return roles.contains(role);
	}
}
