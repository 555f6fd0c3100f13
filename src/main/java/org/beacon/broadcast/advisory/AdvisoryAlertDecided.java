package org.beacon.broadcast.advisory;

import org.springframework.modulith.NamedInterface;

/**
 * What the automatic alerts made of one advisory change, for the report of the ingest that found it.
 *
 * @param issued alerts issued at once (0 or 1)
 * @param held alerts held for review (0 or 1)
 * @param heldWithdrawn held alerts of the country withdrawn because the advisory changed again
 */
@NamedInterface("advisory")
public record AdvisoryAlertDecided(long ingestId, String country, int issued, int held, int heldWithdrawn) {
}
