/**
 * How staff sign in and out: a sign-in with the login form or the REST API's basic authentication becomes the stored
 * account with its roles ({@code ROLE_<role>}); an OpenID Connect sign-in must name an enabled account, whose roles
 * count, not the provider's; an interactive sign-in and a sign-out are recorded as {@link org.beacon.staff.StaffActed};
 * a session ends once an administrator changed its account's access. Staff passkeys are kept in Spring Security's JDBC
 * repositories ({@code PasskeyRepositories}); registering and deleting one is audited, and {@link
 * org.beacon.staff.signin.Passkeys} lists and deletes an account's own.
 * <p>
 * Owns: Spring Security's view of staff ({@code UserDetailsService}, the OIDC user service) and the ending of stale
 * sessions. May not: write accounts (it reads them through {@code accounts}), write the audit log other than by
 * publishing {@link org.beacon.staff.StaffActed}, or decide which address needs which role
 * ({@code platform.security} does).
 */
package org.beacon.staff.signin;
