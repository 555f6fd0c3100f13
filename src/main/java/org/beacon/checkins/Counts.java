package org.beacon.checkins;

/**
 * Where a check-in's recipients stand: each recipient is counted once, by their latest answer, or, without one, as
 * unreachable when every message of the check-in to them failed, and as not answered otherwise.
 */
public record Counts(long safe, long needHelp, long noAnswer, long unreachable) {

	public static final Counts NONE = new Counts(0, 0, 0, 0);

	public long recipients() {
		return safe + needHelp + noAnswer + unreachable;
	}
}
