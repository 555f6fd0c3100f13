/**
 * Alerts: staff compose and target them (countries, regions, circles, polygons), the two-person rule holds the large
 * and the extreme ones for an approver, and an issued alert is published as {@link org.beacon.broadcast.AlertIssued}
 * (an update as one that follows another, a cancellation as {@link org.beacon.broadcast.AlertCancelled}) in the
 * transaction that stores it, for the event outbox to hand to Kafka. Advisory changes become alerts by policy (or
 * wait for review); CAP 1.2 documents and an Atom feed export issued alerts, and CAP imports create them. Staff follow
 * an alert's delivery live on its page.
 * <p>
 * The root package is the module's API and nothing else: the service ({@code BroadcastManagement}), the alert as
 * other modules read it ({@code AlertView} and its vocabulary: type, severity, status, approval reason, wording,
 * SMS text), the requests that create and update one ({@code IssueAlertRequest}, {@code UpdateAlertRequest},
 * {@code Submission}) and the events that leave for Kafka ({@code AlertEvent}). The rest is internal, one
 * sub-package per capability:
 * <ul>
 * <li>{@code store}: the table {@code alert}, who may read or act on an alert ({@code PostCoverage}), and its
 * not-found and wrong-state refusals;</li>
 * <li>{@code issuing}: drafting, audiences and their estimates, one-time submission keys, update and cancel;</li>
 * <li>{@code approval}: the two-person rule;</li>
 * <li>{@code advisory}: alerts from advisory changes and their review queue (the named interface
 * {@code broadcast::advisory} gives {@code console} the queue and {@code advisories} the report event);</li>
 * <li>{@code cap}: CAP 1.2 export, import and the Atom feed;</li>
 * <li>{@code progress}: an alert's delivery live over server-sent events;</li>
 * <li>{@code web}: the REST controllers and the staff pages with their forms and page models.</li>
 * </ul>
 * It never resolves an audience or sends a message itself: it counts through {@code subscribers}, and {@code fanout}
 * and {@code delivery} do the sending from its events.
 */
package org.beacon.broadcast;
