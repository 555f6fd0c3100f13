package org.beacon.subscribers;

/**
 * The result of an enrollment.
 *
 * @param token the secret that lets the citizen read, change and delete this enrollment; shown only once
 */
public record Enrolled(SubscriberView subscriber, String token) {
}
