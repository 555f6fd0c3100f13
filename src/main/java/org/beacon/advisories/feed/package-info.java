/**
 * Reading the Department's advisories: {@code FeedDocuments} parses RSS and JSON feeds, {@code FeedInterpretation}
 * reads each item's level, indicators and posture (with FIPS 10-4 country codes, {@code FipsCodes}), and
 * {@code AdvisoryIngest} compares them with what is known and publishes the changes. {@code FeedPoller} fetches the
 * feed on a schedule ({@code beacon.advisories.poll.*}); on the embedded setup {@code SampleFeed} starts from a small
 * sample beside this package.
 * <p>
 * Owns: the feed formats and the rules of what counts as a change. May not: decide anything about alerts, or write
 * the tables other than through {@code store}.
 */
package org.beacon.advisories.feed;
