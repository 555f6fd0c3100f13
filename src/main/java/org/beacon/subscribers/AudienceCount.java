package org.beacon.subscribers;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many recipients (one per citizen and channel) an area holds, per channel: in all, and of them those only
 * arriving (no place of theirs in the area covers the day counted on; a trip there starts later, before the arrivals
 * end).
 *
 * @param perChannel recipients per channel of the criteria, arrivals included (0 when none)
 * @param arriving of those, the ones arriving, per channel
 */
public record AudienceCount(Map<Channel, Long> perChannel, Map<Channel, Long> arriving) {

	public AudienceCount {
		perChannel = Collections.unmodifiableMap(perChannel.isEmpty() ? Map.of() : new EnumMap<>(perChannel));
		arriving = Collections.unmodifiableMap(arriving.isEmpty() ? Map.of() : new EnumMap<>(arriving));
	}

	/** Recipients in all. */
	public long total() {
		return perChannel.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Recipients arriving, in all. */
	public long arrivingTotal() {
		return arriving.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Recipients there on the day, in all. */
	public long thereNowTotal() {
		return total() - arrivingTotal();
	}
}
