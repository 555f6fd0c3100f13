package org.beacon.platform;

/**
 * What one Beacon process does. The same jar runs as API only, as workers only, or all of them, selected with
 * {@code beacon.roles}, so each stage scales out on its own.
 */
public enum Role {
	/** REST API and web pages. */
	API,
	/** Consumes alerts and fans them out to per-recipient delivery jobs. */
	FANOUT,
	/** Sends SMS delivery jobs through the SMS provider. */
	SMS,
	/** Sends email delivery jobs through the SMTP relay. */
	EMAIL
}
