package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.beacon.geography.Circle;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who an alert reaches by dates ({@link Eligibility#DATES}): citizens there on its day and citizens arriving by the
 * last day of its arrivals, at the boundaries; the preview, its split into there now / arriving, and the fan-out's walk
 * agree.
 */
class ArrivalsIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	AudiencePreview preview;

	@Autowired
	Audience audience;

	LocalDate today;

	LocalDate lastArrival;

	@BeforeEach
	void citizens() {
		today = LocalDate.now(clock);
		lastArrival = today.plusDays(7);
		citizen("there now", today.minusDays(10), null);
		citizen("resident", today.minusDays(400), null);
		citizen("ends today", today.minusDays(5), today);
		citizen("ended yesterday", today.minusDays(10), today.minusDays(1));
		citizen("starts on the last day", lastArrival, lastArrival.plusDays(3));
		citizen("starts the day after", lastArrival.plusDays(1), lastArrival.plusDays(5));
		citizen("open trip from tomorrow", today.plusDays(1), null);
		UUID both = citizen("there and coming back", today.minusDays(2), today);
		place(both, today.plusDays(3), today.plusDays(4));
	}

	@Test
	void reachesThoseThereAndThoseArrivingByTheLastDay() {
		AudienceCriteria criteria = criteria(lastArrival);

		assertThat(walked(criteria)).containsExactlyInAnyOrder("there now", "resident", "ends today",
				"starts on the last day", "open trip from tomorrow", "there and coming back");
		AudienceCount counted = preview.count(criteria);
		assertThat(counted.perChannel()).isEqualTo(Map.of(Channel.EMAIL, 6L));
		// Someone there now who also has a later trip there counts as there now, once.
		assertThat(counted.arriving()).isEqualTo(Map.of(Channel.EMAIL, 2L));
		assertThat(counted.thereNowTotal()).isEqualTo(4);
	}

	@Test
	void withoutArrivalsReachesOnlyThoseThereOnTheDay() {
		AudienceCriteria criteria = criteria(today);

		assertThat(walked(criteria)).containsExactlyInAnyOrder("there now", "resident", "ends today",
				"there and coming back");
		assertThat(preview.count(criteria).arriving()).isEqualTo(Map.of(Channel.EMAIL, 0L));
	}

	@Test
	void theWalkOfAnAreaWithShapesSplitsArrivalsAsTheCountDoes() {
		// Places without a point match by country, so a circle anywhere in Mali keeps all of them.
		AudienceCriteria withShape = AudienceCriteria.of(List.of("ML"), List.of(), List.of(new Circle(14.49, -4.19, 30)),
				List.of(Channel.EMAIL), today, lastArrival);

		assertThat(preview.count(withShape)).isEqualTo(preview.count(criteria(lastArrival)));
	}

	@Test
	void theSizeBoundCountsArrivingPlacesToo() {
		assertThat(audience.sizeUpTo(criteria(lastArrival), 100)).isEqualTo(7);
		assertThat(audience.sizeUpTo(criteria(today), 100)).isEqualTo(4);
	}

	private AudienceCriteria criteria(LocalDate until) {
		return AudienceCriteria.of(List.of("ML"), List.of(), List.of(), List.of(Channel.EMAIL), today, until);
	}

	private Set<String> walked(AudienceCriteria criteria) {
		Set<String> emails = new HashSet<>();
		audience.forEachPage(criteria, 2, page -> page.forEach(recipient -> emails.add(recipient.destination())));
		return emails.stream().map(email -> email.substring(0, email.indexOf('@')).replace('.', ' '))
			.collect(Collectors.toSet());
	}

	private UUID citizen(String name, LocalDate from, LocalDate until) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO subscriber (id, email_sealed, locale, channels, token_hash, email_verified_at)
				VALUES (?, ?, 'en', '{EMAIL}', '\\x00', now())""", id, sealedEmail(name.replace(' ', '.') + "@example.org"));
		place(id, from, until);
		return id;
	}

	private void place(UUID id, LocalDate from, LocalDate until) {
		jdbc.update("""
				INSERT INTO subscriber_location (subscriber_id, position, country, starts_on, ends_on)
				VALUES (?, (SELECT count(*) FROM subscriber_location WHERE subscriber_id = ?), 'ML', ?, ?)""", id, id,
				from, until);
	}
}
