package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The retention rule's dates: 30 days after a trip's end and not a day before, the notice 7 days ahead. */
class RetentionRuleTests {

	static final LocalDate END = LocalDate.of(2026, 2, 20);

	final RetentionRule rule = new RetentionRule(30, 7);

	@Test
	void aPlaceIsDeletedThirtyDaysAfterItsEndAndNotADayBefore() {
		assertThat(rule.placeDeletedOn(END)).isEqualTo(LocalDate.of(2026, 3, 22));
		assertThat(deletedOn(END.plusDays(29))).as("day 29").isFalse();
		assertThat(deletedOn(END.plusDays(30))).as("day 30").isTrue();
		assertThat(deletedOn(END.plusDays(400))).as("long after").isTrue();
	}

	@Test
	void theNoticeFallsDueSevenDaysBeforeTheLastPlaceGoes() {
		assertThat(noticeDue(END.plusDays(22))).as("day 22").isFalse();
		assertThat(noticeDue(END.plusDays(23))).as("day 23").isTrue();
		assertThat(noticeDue(END.plusDays(35))).as("late, the place already gone").isTrue();
	}

	@Test
	void anEnrollmentIsDeletedSevenDaysAfterTheDayOfItsNotice() {
		Instant lateOnTheDay = Instant.parse("2026-03-15T23:59:00Z");
		LocalDate noticedOn = LocalDate.of(2026, 3, 15);

		assertThat(rule.enrollmentDeletedOn(noticedOn)).isEqualTo(LocalDate.of(2026, 3, 22));
		assertThat(lateOnTheDay).as("6 days later").isAfterOrEqualTo(rule.deleteNoticedBefore(noticedOn.plusDays(6)));
		assertThat(lateOnTheDay).as("7 days later").isBefore(rule.deleteNoticedBefore(noticedOn.plusDays(7)));
		assertThat(Instant.parse("2026-03-15T00:00:00Z")).as("first thing on the day, 6 days later")
			.isAfterOrEqualTo(rule.deleteNoticedBefore(noticedOn.plusDays(6)));
	}

	@Test
	void aNoticeSentOnTimeDeletesTheEnrollmentTheDayItsLastPlaceGoes() {
		LocalDate noticedOn = END.plusDays(23);

		assertThat(rule.enrollmentDeletedOn(noticedOn)).isEqualTo(rule.placeDeletedOn(END));
	}

	@Test
	void theKeepLinkWorksUntilTheDeletionDay() {
		assertThat(rule.keepLinkExpiry(Instant.parse("2026-03-15T23:59:00Z")))
			.isEqualTo(Instant.parse("2026-03-22T00:00:00Z"));
		assertThat(rule.keepLinkExpiry(Instant.parse("2026-03-15T00:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-22T00:00:00Z"));
	}

	@Test
	void todayIsTheUtcDate() {
		assertThat(RetentionRule.today(Instant.parse("2026-03-15T23:59:59Z"))).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(RetentionRule.today(Instant.parse("2026-03-16T00:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 16));
	}

	@Test
	void readsItsDaysFromTheProperties() {
		SubscribersProperties properties = new SubscribersProperties("US", "a-test-link-secret-of-some-length",
				Duration.ofDays(90), Duration.ofDays(45), Duration.ofDays(10),
				Duration.ofHours(1));

		assertThat(RetentionRule.of(properties)).isEqualTo(new RetentionRule(45, 10));
		assertThat(properties.isRetentionInWholeDays()).isTrue();
	}

	@Test
	void refusesPartDaysAndANoticeLongerThanTheRetention() {
		assertThat(properties(Duration.ofHours(36), Duration.ofDays(7)).isRetentionInWholeDays())
			.isFalse();
		assertThat(properties(Duration.ofDays(5), Duration.ofDays(7)).isRetentionInWholeDays())
			.isFalse();
		assertThat(properties(Duration.ofDays(7), Duration.ofDays(7)).isRetentionInWholeDays())
			.isTrue();
	}

	private boolean deletedOn(LocalDate today) {
		return !END.isAfter(rule.placesEndedBy(today));
	}

	private boolean noticeDue(LocalDate today) {
		return !END.isAfter(rule.noticeWhenEndedBy(today));
	}

	private static SubscribersProperties properties(java.time.Duration afterTrip, java.time.Duration notice) {
		return new SubscribersProperties("US", "a-test-link-secret-of-some-length", Duration.ofDays(90),
				afterTrip, notice, Duration.ofHours(1));
	}
}
