/**
 * The audit log of staff actions: every {@link org.beacon.staff.StaffActed}, from any module, is appended to the
 * table {@code staff_audit} in the publisher's transaction, and {@link org.beacon.staff.audit.AuditTrail} lists the
 * entries, newest first, a page at a time.
 * <p>
 * Owns: the only access to {@code staff_audit}, which is append-only (the database refuses updates and deletes).
 * May not: change or remove an entry, or know what produced one beyond the event itself.
 */
package org.beacon.staff.audit;
