package org.beacon.staff.accounts;

/**
 * An administrator changed what this account may do (disabled it, changed its roles or post, set a new password).
 * Published inside the change's transaction; whoever keeps state derived from the account's access (open sessions)
 * should act once it committed.
 */
public record AccessChanged(String username) {
}
