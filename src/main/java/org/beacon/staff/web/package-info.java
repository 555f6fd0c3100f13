/**
 * The administrators' pages (the page security allows only ADMIN): staff accounts, posts and the audit log, with
 * their forms. Templates live under {@code templates/staff/}.
 * <p>
 * Owns: requests, forms and page models. May not: hold a rule of its own or touch a table; it calls the services of
 * {@code accounts} and {@code audit} and shows their refusals
 * ({@link org.beacon.staff.accounts.AdminRefusedException}) beside the field they concern. An unknown account or post
 * is the services' not-found exception, which {@code PageErrors} turns into the not-found page.
 */
package org.beacon.staff.web;
