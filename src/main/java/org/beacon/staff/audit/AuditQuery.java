package org.beacon.staff.audit;

import java.util.UUID;

/**
 * Which audit entries to list; a null field selects every value.
 *
 * @param alertId only actions on this alert
 * @param username only actions of this staff account
 */
public record AuditQuery(UUID alertId, String username) {

	public AuditQuery {
		username = username == null || username.isBlank() ? null : username.strip();
	}

	public static AuditQuery all() {
		return new AuditQuery(null, null);
	}
}
