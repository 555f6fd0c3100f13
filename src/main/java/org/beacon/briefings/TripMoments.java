package org.beacon.briefings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

import org.beacon.subscribers.Trips.Trip;

/**
 * When a trip's briefings fall due, in the time zone of the place it goes to.
 *
 * @param starts when the trip's first day starts there
 * @param beforeDeparture when its pre-departure briefing falls due
 * @param arrival when its arrival briefing falls due, on the first day
 * @param firstDayEnds when the first day ends there: the arrival briefing is not sent later
 */
record TripMoments(Trip trip, ZoneId zone, Instant starts, Instant beforeDeparture, Instant arrival,
		Instant firstDayEnds) {

	/**
	 * @param before how long before the first day starts the pre-departure briefing falls due: its whole days on the
	 * place's calendar (three days before is midnight there three days earlier, across a daylight saving change too),
	 * the rest in elapsed time
	 */
	static TripMoments of(Trip trip, ZoneId zone, Duration before, LocalTime arrivalTime) {
		ZonedDateTime start = trip.startsOn().atStartOfDay(zone);
		long days = before.toDaysPart();
		Instant beforeDeparture = start.minusDays(days).toInstant().minus(before.minusDays(days));
		return new TripMoments(trip, zone, start.toInstant(), beforeDeparture,
				trip.startsOn().atTime(arrivalTime).atZone(zone).toInstant(),
				trip.startsOn().plusDays(1).atStartOfDay(zone).toInstant());
	}

	/**
	 * The briefing due at {@code now}, if any: before departure from its moment until the trip starts, for a trip
	 * enrolled by that moment; on arrival from its moment until the first day ends, for a trip enrolled before that
	 * day started (a place enrolled on its first day or later is a stay, not a trip).
	 */
	Optional<BriefingKind> due(Instant now) {
		Instant enrolled = trip.enrolledAt();
		if (!now.isBefore(arrival) && now.isBefore(firstDayEnds) && enrolled.isBefore(starts)) {
			return Optional.of(BriefingKind.ON_ARRIVAL);
		}
		if (!now.isBefore(beforeDeparture) && now.isBefore(starts) && !enrolled.isAfter(beforeDeparture)) {
			return Optional.of(BriefingKind.BEFORE_DEPARTURE);
		}
		return Optional.empty();
	}

	/**
	 * The id of the trip's briefing of this kind: the same for the same subscriber, country, region and first day,
	 * however often the citizen saves their places again.
	 */
	UUID briefingId(BriefingKind kind) {
		String key = "briefing/" + trip.subscriberId() + "/" + trip.country() + "/"
				+ (trip.region() == null ? "" : trip.region()) + "/" + trip.startsOn() + "/" + kind;
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
	}
}
