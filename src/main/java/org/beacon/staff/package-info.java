/**
 * Staff: the accounts of embassy and desk staff, the posts they work at and the countries each covers, their roles,
 * how they sign in, and the audit log of what they did.
 * <p>
 * This root package is the module's API, and nothing else: {@link org.beacon.staff.StaffDirectory} (who a staff member
 * is and what their post covers), the values it answers with ({@link org.beacon.staff.StaffMember},
 * {@link org.beacon.staff.Post}, {@link org.beacon.staff.StaffRole}), and the event other modules publish when a
 * staff member acted ({@link org.beacon.staff.StaffActed}, {@link org.beacon.staff.StaffAction}), which the audit log
 * records. Other modules may use only these.
 * <p>
 * The sub-packages are internal (Spring Modulith refuses other modules' use of them), one capability each:
 * {@code accounts} stores and administers accounts and posts, {@code signin} turns a sign-in into a staff account
 * with its roles and keeps sessions in step with it, {@code audit} keeps the audit log, and {@code web} holds the
 * administrators' pages. They may use each other's public types; this root is the only one they share with the rest
 * of Beacon.
 */
package org.beacon.staff;
