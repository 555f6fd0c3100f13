package org.beacon.broadcast;

/**
 * How many recipients (one per citizen and channel) an alert's area held when the alert was stored: citizens there
 * then, and citizens arriving before its arrivals end. An estimate made once, as the compose page's; the ledger holds
 * what was delivered.
 */
public record Reach(long thereNow, long arriving) {
}
