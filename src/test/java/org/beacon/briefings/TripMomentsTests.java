package org.beacon.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.beacon.subscribers.Trips.Trip;
import org.junit.jupiter.api.Test;

/** When a trip's briefings fall due, in the time of the place it goes to. */
class TripMomentsTests {

	static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 10);

	static final UUID CITIZEN = UUID.fromString("6b1d8f8e-6f8e-4f3b-9a55-5a0e1d2c3b4a");

	@Test
	void theArrivalBriefingIsDueAtEightWhereTheTripGoesIncludingAcrossADaylightSavingChange() {
		// Clocks in Los Angeles went forward on 8 March 2026: the first day is in Pacific Daylight Time (UTC-7).
		TripMoments trip = moments(Instant.parse("2026-02-01T00:00:00Z"));

		assertThat(trip.due(Instant.parse("2026-03-10T14:59:59Z"))).isEmpty();
		assertThat(trip.due(Instant.parse("2026-03-10T15:00:00Z"))).contains(BriefingKind.ON_ARRIVAL);
		assertThat(trip.due(Instant.parse("2026-03-11T06:59:59Z"))).contains(BriefingKind.ON_ARRIVAL);
		assertThat(trip.due(Instant.parse("2026-03-11T07:00:00Z"))).as("the first day has ended there").isEmpty();
	}

	@Test
	void theBriefingBeforeDepartureIsDueThreeDaysBeforeTheFirstDayStartsUntilItStarts() {
		// Three days before midnight of 10 March in Los Angeles is 7 March, 00:00 PST (UTC-8).
		TripMoments trip = moments(Instant.parse("2026-02-01T00:00:00Z"));

		assertThat(trip.due(Instant.parse("2026-03-07T07:59:59Z"))).isEmpty();
		assertThat(trip.due(Instant.parse("2026-03-07T08:00:00Z"))).contains(BriefingKind.BEFORE_DEPARTURE);
		assertThat(trip.due(Instant.parse("2026-03-10T06:59:59Z"))).contains(BriefingKind.BEFORE_DEPARTURE);
		assertThat(trip.due(Instant.parse("2026-03-10T07:00:00Z"))).as("the trip has started").isEmpty();
	}

	@Test
	void aTripEnrolledAfterTheMomentBeforeDepartureIsBriefedOnlyOnArrival() {
		TripMoments trip = moments(Instant.parse("2026-03-08T12:00:00Z"));

		assertThat(trip.due(Instant.parse("2026-03-08T12:05:00Z"))).isEmpty();
		assertThat(trip.due(Instant.parse("2026-03-10T15:00:00Z"))).contains(BriefingKind.ON_ARRIVAL);
	}

	@Test
	void aPlaceEnrolledOnceItsFirstDayStartedIsNotATrip() {
		TripMoments stay = moments(Instant.parse("2026-03-10T07:30:00Z"));

		assertThat(stay.due(Instant.parse("2026-03-10T15:00:00Z"))).isEmpty();
	}

	@Test
	void aBriefingsIdDependsOnTheTripAndTheKindOnly() {
		TripMoments once = moments(Instant.parse("2026-02-01T00:00:00Z"));
		TripMoments savedAgain = moments(Instant.parse("2026-02-20T00:00:00Z"));

		assertThat(once.briefingId(BriefingKind.ON_ARRIVAL)).isEqualTo(savedAgain.briefingId(BriefingKind.ON_ARRIVAL))
			.isNotEqualTo(once.briefingId(BriefingKind.BEFORE_DEPARTURE));
	}

	static TripMoments moments(Instant enrolled) {
		Trip trip = new Trip(1, CITIZEN, "US", "US-CA", FIRST_DAY, FIRST_DAY.plusDays(7), enrolled);
		return TripMoments.of(trip, LOS_ANGELES, Duration.ofDays(3), LocalTime.of(8, 0));
	}
}
