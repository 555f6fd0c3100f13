/**
 * The module's HTTP side: the public advisories API ({@code /api/v1/advisories}) and page ({@code /advisories}), and
 * the staff page that posts a feed document and shows the ingest reports. Templates live under
 * {@code templates/advisories/list.html} and {@code templates/staff/admin-feed.html}.
 * <p>
 * Owns: requests and page models. May not: hold a rule of its own or touch a table; it calls {@code Advisories} and
 * the ingest of {@code feed}.
 */
package org.beacon.advisories.web;
