/**
 * Travel advisories: each country's level (1 to 4), risk indicators and embassy posture, read from the Department's
 * feed (on a schedule, or a document staff post), compared with what was known, and published as
 * {@link org.beacon.advisories.AdvisoryChanged} (to Kafka, keyed by country) when a level, an indicator or the
 * posture changes. It also serves the public advisories page and API.
 * <p>
 * The root package is its API: {@code Advisories} (the current advisories, notices and ingest reports), the
 * {@code AdvisoryChanged} event and the types they carry. Inside, {@code feed} reads and interprets feeds and runs
 * an ingest, {@code store} owns the tables, and {@code web} holds the API controller and the pages.
 * <p>
 * It owns the tables {@code advisory}, {@code advisory_version}, {@code global_notice} and {@code advisory_ingest}.
 * It decides nothing about alerts: whether a change becomes an alert, and for whom, is {@code broadcast}'s to decide
 * from the event. It never reads subscribers.
 */
package org.beacon.advisories;
