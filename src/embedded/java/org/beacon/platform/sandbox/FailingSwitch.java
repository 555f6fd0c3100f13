package org.beacon.platform.sandbox;

/**
 * A sandbox provider that can be made to fail as its real counterpart does when it is down, so that Beacon's routing
 * moves the channel's traffic to the other provider, and brought back.
 */
interface FailingSwitch {

	/** Fails every call from now on (true), or answers as the provider does again (false). */
	void failing(boolean failing);

	boolean failing();
}
