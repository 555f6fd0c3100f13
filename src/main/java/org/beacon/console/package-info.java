/**
 * The staff console's overview pages, which bring together what several features know (advisories, enrollment
 * counts, alerts and their progress), and the sandbox outbox of the embedded default (its page and its API), which
 * needs to know both who a staff member is (staff) and whose a contact point is (subscribers) to decide what they may
 * read of it. Nothing depends on this module; it only reads the others' public APIs.
 */
package org.beacon.console;
