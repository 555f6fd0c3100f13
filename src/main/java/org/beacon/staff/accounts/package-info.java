/**
 * Staff accounts and posts, as stored and as administrators change them: the tables {@code staff_member},
 * {@code post} and {@code post_country}, the rules of a change ({@link org.beacon.staff.accounts.StaffAdministration},
 * {@link org.beacon.staff.accounts.PostAdministration}, the password rule), the password encoder, the demo seed and
 * the module's settings ({@code beacon.staff.*}).
 * <p>
 * Owns: every write to those tables; each change publishes {@link org.beacon.staff.StaffActed} in its transaction,
 * and {@link org.beacon.staff.accounts.AccessChanged} when what an account may do changed. Refusals are domain
 * exceptions ({@link org.beacon.staff.accounts.AdminRefusedException},
 * {@link org.beacon.staff.accounts.StaffAccountNotFoundException},
 * {@link org.beacon.staff.accounts.PostNotFoundException}) carrying their HTTP status, which the web layer renders.
 * <p>
 * May not: render pages or know about requests, sessions or the audit table; hand out a password hash except to
 * sign-in ({@link org.beacon.staff.accounts.StaffAccounts#findCredentials}).
 */
package org.beacon.staff.accounts;
