/**
 * Alerts: staff compose and target them (countries, regions, circles, polygons), the two-person rule holds the large
 * and the extreme ones for an approver, and an issued alert is published as {@link org.beacon.broadcast.AlertIssued}
 * (an update as one that follows another, a cancellation as {@link org.beacon.broadcast.AlertCancelled}) in the
 * transaction that stores it, for the event outbox to hand to Kafka. Advisory changes become alerts by policy (or
 * wait for review); CAP 1.2 documents and an Atom feed export issued alerts, and CAP imports create them. Staff follow
 * an alert's delivery live on its page.
 * <p>
 * It owns the table {@code alert} and what the two-person rule keeps beside it. A staff member reads an alert for one
 * of their post's countries and acts on one only when their post covers all of its countries
 * ({@code PostCoverage}). It never resolves an audience or sends a message itself: it counts
 * through {@code subscribers}, and {@code fanout} and {@code delivery} do the sending from its events.
 */
package org.beacon.broadcast;
