/**
 * Alerts from travel-advisory changes: {@code AdvisoryChangesListener} reads advisory changes from Kafka ({@code beacon.advisory-changes}),
 * {@code AdvisoryAlertPolicy} decides whether a change is issued at once, held for a reviewer or ignored, and
 * {@code AdvisoryAlertWriter} words the alert; {@code HeldAlerts} is the review queue.
 * <p>
 * Its named interface {@code broadcast::advisory} is what other modules may use: {@code HeldAlerts} and
 * {@code AdvisoryOrigin} (the console's review queue) and {@code AdvisoryAlertDecided} (the report of the ingest that
 * found the change). May not: approve or discard a held alert itself; staff do, through the module's service.
 */
package org.beacon.broadcast.advisory;
