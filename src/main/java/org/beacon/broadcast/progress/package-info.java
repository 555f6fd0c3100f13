/**
 * An alert's delivery, live: {@code AlertProgressStreams} sends the alert page a server-sent event with the ledger's
 * counts ({@code LiveProgress}) as they change, with the sending rate ({@code RateMeter}).
 * <p>
 * Owns: the open streams. May not: read the table {@code delivery} itself; the counts come from {@code ledger}.
 */
package org.beacon.broadcast.progress;
