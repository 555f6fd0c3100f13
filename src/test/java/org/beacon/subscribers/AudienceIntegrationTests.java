package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Audience pages: every matching citizen once, however their places fall across pages and countries. */
class AudienceIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	Audience audience;

	@Test
	void pagesReachEveryCitizenOnceWhenSomeHaveSeveralPlacesInTheArea() {
		List<UUID> expected = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			UUID id = UUID.randomUUID();
			citizen(id, i);
			place(id, i % 3 == 0 ? "FR" : "ML", null);
			if (i % 2 == 0) {
				// A second place in the same country (home and a trip), and for some a third in the other one.
				place(id, "ML", "ML-5");
				if (i % 4 == 0) {
					place(id, "FR", null);
				}
			}
			expected.add(id);
		}
		AudienceCriteria criteria = AudienceCriteria.of(List.of("ML", "FR"), List.of(), List.of(),
				List.of(Channel.EMAIL), LocalDate.now());

		List<UUID> reached = new ArrayList<>();
		audience.forEachPage(criteria, 4, page -> page.forEach(recipient -> reached.add(recipient.subscriberId())));

		Map<UUID, Long> times = reached.stream().collect(Collectors.groupingBy(Function.identity(),
				Collectors.counting()));
		assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(times.values()).allMatch(count -> count == 1);
	}

	void citizen(UUID id, int i) {
		jdbc.update("""
				INSERT INTO subscriber (id, email_sealed, email_hash, locale, channels, token_hash, email_verified_at)
				VALUES (?, ?, ?, 'en', '{EMAIL}', '\\x00', now())""", id, sealedEmail("page" + i + "@example.org"),
				cipher.emailLookup("page" + i + "@example.org"));
	}

	void place(UUID id, String country, String region) {
		jdbc.update("""
				INSERT INTO subscriber_location (subscriber_id, position, country, region, starts_on)
				VALUES (?, (SELECT count(*) FROM subscriber_location WHERE subscriber_id = ?), ?, ?, ?)""", id, id,
				country, region, LocalDate.now().minusDays(1));
	}
}
