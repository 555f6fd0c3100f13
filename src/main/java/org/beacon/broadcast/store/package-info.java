/**
 * The alert as stored: the table {@code alert} ({@code Alerts}, {@code AlertLifecycle}), an alert's shapes, and
 * which alerts a staff member may see ({@code PostCoverage}: one of its countries to read, all of them to act).
 * <p>
 * Owns: every SQL statement on {@code alert}, and the refusals {@code AlertNotFoundException} (404, also for an alert
 * outside the post, so that no post learns of another's alerts) and {@code AlertStateException} (409). May not:
 * publish events or decide policy; the services of {@code issuing}, {@code approval} and the module root do.
 */
package org.beacon.broadcast.store;
