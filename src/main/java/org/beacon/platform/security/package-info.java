/**
 * Who may call what: the API's filter chain (staff by HTTP Basic or OIDC bearer, citizens by their management token)
 * and the pages' chain (staff and citizen sessions, CSRF, the staff login page), cross-site refusals, security
 * headers, and the sign-in throttle ({@code LoginThrottle}) that locks an account after repeated failures. Refusals
 * are problem+json on the API and pages in the browser ({@code ProblemResponses}).
 * <p>
 * Owns: authentication and the coarse rules by path and role. May not: decide what a post covers; features check
 * that on their own data.
 */
package org.beacon.platform.security;
