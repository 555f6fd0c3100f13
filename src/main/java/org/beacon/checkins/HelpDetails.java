package org.beacon.checkins;

/**
 * What a citizen who needs help says about it, beyond the answer: all optional.
 *
 * @param need what help they need, in their words
 * @param people how many people are with them, themselves excluded
 * @param lat where they are now, when they gave a point
 * @param lon where they are now, when they gave a point
 * @param phone a number that works now, E.164
 */
public record HelpDetails(String need, Integer people, Double lat, Double lon, String phone) {

	public static final HelpDetails NONE = new HelpDetails(null, null, null, null, null);
}
