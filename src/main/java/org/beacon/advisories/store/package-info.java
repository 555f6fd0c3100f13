/**
 * The advisories as stored: {@code AdvisoryStore} owns every statement on {@code advisory}, {@code advisory_version},
 * {@code global_notice} and {@code advisory_ingest}; {@code IngestOutcomes} adds to an ingest's report what
 * {@code broadcast} made of its changes.
 * <p>
 * May not: interpret a feed or publish events; {@code feed} does.
 */
package org.beacon.advisories.store;
