package org.beacon.subscribers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Data ends with the trip, counted in dates (UTC). A place is deleted {@code daysAfterTrip} after its end date, and
 * not a day before: a place that ends on D is there all of D + {@code daysAfterTrip} - 1 and goes on
 * D + {@code daysAfterTrip}. A resident's place (no end) is never deleted by this rule. An enrollment whose last place
 * goes within {@code noticeDays} is sent a notice, and is deleted {@code noticeDays} after the notice's date, on the
 * day its last place goes when the notice went out on time, unless its citizen keeps it: a kept enrollment counts as
 * one whose last trip ended the day it was kept, so it gets a new notice before it goes.
 *
 * @param daysAfterTrip days from a place's end date to its deletion (beacon.subscribers.retention-after-trip)
 * @param noticeDays days from the notice to the enrollment's deletion (beacon.subscribers.retention-notice)
 */
record RetentionRule(long daysAfterTrip, long noticeDays) {

	static RetentionRule of(SubscribersProperties properties) {
		return new RetentionRule(properties.retentionAfterTrip().toDays(), properties.retentionNotice().toDays());
	}

	static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

	/** The day a place that ends on {@code endsOn} is deleted. */
	LocalDate placeDeletedOn(LocalDate endsOn) {
		return endsOn.plusDays(daysAfterTrip);
	}

	/** The latest end date of the places deleted on {@code today}. */
	LocalDate placesEndedBy(LocalDate today) {
		return today.minusDays(daysAfterTrip);
	}

	/**
	 * The latest end date (or keep date) of an enrollment's places for it to get its notice on {@code today}: its last
	 * place goes within {@code noticeDays}.
	 */
	LocalDate noticeWhenEndedBy(LocalDate today) {
		return today.plusDays(noticeDays).minusDays(daysAfterTrip);
	}

	/** The day an enrollment noticed on {@code noticedOn} is deleted, unless kept. */
	LocalDate enrollmentDeletedOn(LocalDate noticedOn) {
		return noticedOn.plusDays(noticeDays);
	}

	/** Enrollments noticed before this instant are deleted on {@code today}: those noticed {@code noticeDays} ago or more. */
	Instant deleteNoticedBefore(LocalDate today) {
		return today.minusDays(noticeDays - 1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Until when the keep link of a notice sent at {@code noticedAt} works: the start of the deletion day. */
	Instant keepLinkExpiry(Instant noticedAt) {
		return enrollmentDeletedOn(today(noticedAt)).atStartOfDay(ZoneOffset.UTC).toInstant();
	}
}
