/**
 * Citizens who enroll: their email and mobile phone (E.164) and the verification of each, where they are (countries,
 * regions, points, trips), their language and channels, their consent and its withdrawal (unsubscribe links, STOP
 * replies), sign-in by emailed link, and erasure when they leave ({@link org.beacon.subscribers.SubscriberLeft}).
 * It answers who an alert reaches ({@link org.beacon.subscribers.Audience}, with the one eligibility rule in
 * {@code Eligibility}) and how many, never to staff who they are.
 * <p>
 * It owns the tables {@code subscriber}, {@code subscriber_location} and {@code contact_challenge}; other modules
 * learn of citizens only through its API and events. Verification codes and links leave it as
 * {@link org.beacon.subscribers.ChallengeIssued} without their secret, which the workers fetch to send.
 */
package org.beacon.subscribers;
