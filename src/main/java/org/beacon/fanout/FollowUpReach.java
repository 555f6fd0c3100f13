package org.beacon.fanout;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Service;

/**
 * How many recipients an update of an alert would reach if the fan-out ran now, per channel: the very walk the fan-out
 * makes for a follow-up ({@link FollowUpAudience}), counted instead of written. The two-person rule judges an update by
 * this number, not by its area, because an update goes to the people the original reached and to nobody else.
 */
@Service
public class FollowUpReach {

	private final FollowUpAudience audience;

	private final FanoutProperties properties;

	FollowUpReach(FollowUpAudience audience, FanoutProperties properties) {
		this.audience = audience;
		this.properties = properties;
	}

	/**
	 * @param followed the alert the update follows
	 * @return recipients per channel (one per citizen and channel); a channel nobody would be reached on is absent
	 */
	public Map<Channel, Long> count(UUID followed) {
		Map<Channel, Long> counts = new EnumMap<>(Channel.class);
		audience.forEachPage(followed, properties.pageSize(), null, null,
				page -> page.forEach(recipient -> counts.merge(recipient.channel(), 1L, Long::sum)));
		return counts;
	}
}
