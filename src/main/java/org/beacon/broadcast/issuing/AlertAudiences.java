package org.beacon.broadcast.issuing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.beacon.broadcast.Reach;
import org.beacon.broadcast.store.Alert;
import org.beacon.fanout.FollowUpReach;
import org.beacon.subscribers.AudienceCount;
import org.beacon.subscribers.AudienceCriteria;
import org.beacon.subscribers.AudiencePreview;
import org.beacon.subscribers.Channel;
import org.springframework.stereotype.Component;

/**
 * How many recipients an alert would reach if it were issued now, per channel; verified contact points only. An
 * update's count is that of its follow-up audience ({@link #followUp}).
 */
@Component
public class AlertAudiences {

	private final AudiencePreview preview;

	private final FollowUpReach followUps;

	private final Clock clock;

	AlertAudiences(AudiencePreview preview, FollowUpReach followUps, Clock clock) {
		this.preview = preview;
		this.followUps = followUps;
		this.clock = clock;
	}

	/**
	 * Counts for an update: the recipients of the alert it follows that the fan-out would reach again now, per channel
	 * of the update (zero for a channel nobody would be reached on), not the people in its area today.
	 */
	public Map<Channel, Long> followUp(UUID original, Collection<Channel> channels) {
		Map<Channel, Long> counts = new EnumMap<>(Channel.class);
		channels.forEach(channel -> counts.put(channel, 0L));
		counts.putAll(followUps.count(original));
		return counts;
	}

	/** Counts for the alert's area, channels and arrivals. */
	public Map<Channel, Long> count(Alert alert) {
		return counted(alert).perChannel();
	}

	/** The alert's audience now: citizens there, and citizens arriving before its arrivals end. */
	public Reach reach(Alert alert) {
		AudienceCount counted = counted(alert);
		return new Reach(counted.thereNowTotal(), counted.arrivingTotal());
	}

	private AudienceCount counted(Alert alert) {
		return count(new AlertDrafts.Place(alert.countries(), alert.regions(), alert.shapes()), alert.channels(),
				alert.lifetime().arrivalsUntil());
	}

	/**
	 * Counts for an area and channels, matched on today's date in UTC as the fan-out matches an alert issued now, with
	 * the citizens arriving by {@code arrivalsUntil} (null: nobody arriving).
	 */
	public AudienceCount count(AlertDrafts.Place place, Collection<Channel> channels, Instant arrivalsUntil) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate until = arrivalsUntil == null ? today : LocalDate.ofInstant(arrivalsUntil, ZoneOffset.UTC);
		return preview.count(AudienceCriteria.of(place.countries(), place.regions(), place.shapes().all(), channels,
				today, until));
	}

	/** Recipients in all: one per citizen and channel. */
	public static long total(Map<Channel, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}
}
