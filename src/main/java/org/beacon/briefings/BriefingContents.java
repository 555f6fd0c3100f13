package org.beacon.briefings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.beacon.advisories.Advisories;
import org.beacon.advisories.AdvisoryView;
import org.beacon.briefings.BriefingDue.Words;
import org.beacon.broadcast.AlertsInForce;
import org.beacon.broadcast.AlertsInForce.InForce;
import org.beacon.ledger.ReceivedAlerts;
import org.beacon.staff.Post;
import org.beacon.subscribers.Trips.Trip;
import org.springframework.stereotype.Component;

/**
 * What a briefing says, read at the moment it is sent: the destination's advisory now and when the trip was enrolled,
 * the alerts in force at the place, which of them reached the traveller, and the post's numbers.
 */
@Component
class BriefingContents {

	private final Advisories advisories;

	private final AlertsInForce alerts;

	private final ReceivedAlerts received;

	private final Posts posts;

	private final BriefingTexts texts;

	BriefingContents(Advisories advisories, AlertsInForce alerts, ReceivedAlerts received, Posts posts,
			BriefingTexts texts) {
		this.advisories = advisories;
		this.alerts = alerts;
		this.received = received;
		this.posts = posts;
		this.texts = texts;
	}

	/**
	 * The briefing, in English and Spanish; empty for an arrival briefing with nothing to say, every alert in force
	 * there having reached the traveller already.
	 */
	Optional<BriefingDue> of(TripMoments moments, BriefingKind kind, UUID id, Instant now) {
		Trip trip = moments.trip();
		List<InForce> inForce = alerts.at(trip.country(), trip.region(), now);
		Post post = posts.covering(trip.country());
		Words english;
		Words spanish;
		if (kind == BriefingKind.BEFORE_DEPARTURE) {
			Optional<AdvisoryView> current = advisories.current(trip.country()).filter(a -> a.withdrawnAt() == null);
			Optional<AdvisoryView> then = advisories.asOf(trip.country(), trip.enrolledAt());
			english = texts.beforeDeparture(moments, current, then, inForce, post, BriefingTexts.ENGLISH);
			spanish = texts.beforeDeparture(moments, current, then, inForce, post, BriefingTexts.SPANISH);
		}
		else {
			Set<UUID> had = received.of(trip.subscriberId(), inForce.stream().map(InForce::id).toList());
			List<InForce> unseen = inForce.stream().filter(alert -> !had.contains(alert.id())).toList();
			if (unseen.isEmpty()) {
				return Optional.empty();
			}
			english = texts.onArrival(moments, unseen, post, BriefingTexts.ENGLISH);
			spanish = texts.onArrival(moments, unseen, post, BriefingTexts.SPANISH);
		}
		return Optional.of(new BriefingDue(id, trip.subscriberId(), kind, trip.country(), trip.region(),
				trip.startsOn(), english, spanish, post.name(), now));
	}
}
