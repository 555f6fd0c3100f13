package org.beacon.staff.audit;

import java.time.Instant;
import java.util.UUID;

import org.beacon.staff.StaffAction;

/**
 * One line of the audit log.
 *
 * @param alertId the alert acted on; null for sign-in and sign-out
 */
public record AuditEntry(long id, Instant at, String username, StaffAction action, UUID alertId, String detail) {
}
