/**
 * The fan-out: the consumer of {@code beacon.alerts} (and its priority lane) that turns an issued alert into work.
 * It asks {@code subscribers} for the alert's audience page by page (an update: the recipients of the alert it
 * follows), writes one ledger row per citizen and channel through {@code ledger} before anything is queued, and then
 * publishes a delivery job per row on the channel's topic. A large alert's audience is split into shards (ranges of
 * subscriber ids) that its own consumers of {@code beacon.fanout.shards} walk at once, each from its own cursor. A
 * redelivered alert or shard record resumes where its walk stopped: rows are unique, so nothing is queued twice.
 * <p>
 * It keeps the alert record each run started from with the run: rows a dead worker left in doubt and the ledger sent
 * back to QUEUED get their jobs again from it ({@code RequeuedJobs}), and {@link org.beacon.fanout.AlertTexts} tells
 * a provider's messages of the alert by their words.
 * <p>
 * It also sends trip briefings ({@code beacon.briefings}, {@code BriefingsListener}): each to its one citizen, on the
 * channels {@link org.beacon.subscribers.KnownRecipients} says they can be reached on, through the same ledger and
 * routine lane as alerts, its record kept with its run as an alert's.
 * <p>
 * It owns no table (the ledger's are {@code ledger}'s) and never calls a provider; it reads no alert from
 * {@code broadcast}'s table, only the record on Kafka.
 */
package org.beacon.fanout;
