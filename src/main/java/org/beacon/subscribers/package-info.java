/**
 * Citizens who enroll: their email and mobile phone (E.164) and the verification of each, where they are (countries,
 * regions, points, trips), their language and channels, their consent and its withdrawal (unsubscribe links, STOP
 * replies), sign-in by emailed link, and erasure when they leave ({@link org.beacon.subscribers.SubscriberLeft}) or
 * when their data's time is over: a place goes a set time after its trip, and an enrollment left without one goes after
 * a notice with a link to keep it ({@code RetentionRule}, {@link org.beacon.subscribers.Retention}), erased as a
 * citizen's own deletion is.
 * It answers who an alert reaches ({@link org.beacon.subscribers.Audience}, with the one eligibility rule in
 * {@code Eligibility}) and how many, never to staff who they are, with one exception: the crisis staff of a post
 * learn how to reach the citizens of its countries who were asked whether they are safe
 * ({@link org.beacon.subscribers.CrisisContacts}; the check-ins feature checks the role and audits each look). It
 * lists the trips due a briefing ({@link org.beacon.subscribers.Trips}: places enrolled before their first day, of
 * citizens who want briefings and have not paused alerts).
 * <p>
 * It owns the tables {@code subscriber}, {@code subscriber_location} and {@code contact_challenge}; other modules
 * learn of citizens only through its API and events. Verification codes and links leave it as
 * {@link org.beacon.subscribers.ChallengeIssued} without their secret, which the workers fetch to send.
 */
package org.beacon.subscribers;
