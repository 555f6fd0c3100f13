package org.beacon.broadcast;

/**
 * How many recipients (one per citizen and channel) an alert's area held when the alert was stored: citizens there
 * then, and citizens arriving before its arrivals end. An estimate made once, as the compose page's; the ledger holds
 * what was delivered.
 */
public record Reach(long thereNow, long arriving) {

	/** Counts from 1 to this less one are not shown, as in audience estimates. */
	public static final int FEWER_THAN = 5;

	/**
	 * The counts as staff may see them: when either is from 1 to 4 both are withheld, as the alert's progress gives
	 * the recipients in all and the other count would give the small one away.
	 *
	 * @param thereNow null when withheld
	 * @param arriving null when withheld
	 * @param withheld whether a count from 1 to 4 made them withheld
	 */
	public record Shown(Long thereNow, Long arriving, boolean withheld) {
	}

	public Shown shown() {
		boolean withheld = small(thereNow) || small(arriving);
		return withheld ? new Shown(null, null, true) : new Shown(thereNow, arriving, false);
	}

	private static boolean small(long count) {
		return count > 0 && count < FEWER_THAN;
	}
}
