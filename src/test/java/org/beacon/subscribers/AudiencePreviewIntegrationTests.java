package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.geography.Circle;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The preview counts exactly whom the fan-out's audience walk would reach, per channel. */
class AudiencePreviewIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	AudiencePreview preview;

	@Autowired
	Audience audience;

	LocalDate today;

	@BeforeEach
	void citizens() {
		today = LocalDate.now(clock);
		citizen("reachable", "ML", null, null, "now()", "now()", null, null);
		citizen("in Mopti", "ML", "ML-5", null, "now()", "now()", null, null);
		citizen("in Bamako", "ML", "ML-BKO", null, "now()", "now()", null, null);
		citizen("email unverified", "ML", null, null, "NULL", "now()", null, null);
		citizen("phone unverified", "ML", null, null, "now()", "NULL", null, null);
		citizen("paused", "ML", null, null, "now()", "now()", "now()", null);
		citizen("sms stopped", "ML", null, null, "now()", "now()", null, "now()");
		citizen("trip over", "ML", null, today.minusDays(1), "now()", "now()", null, null);
		citizen("in France", "FR", null, null, "now()", "now()", null, null);
	}

	@Test
	void countsVerifiedActiveCitizensWhosePlaceAndDatesMatch() {
		Map<Channel, Long> counts = preview.count(criteria(List.of("ML"), List.of())).perChannel();

		// email: reachable, Mopti, Bamako, phone unverified, sms stopped; sms: reachable, Mopti, Bamako, email unverified
		assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.EMAIL, 5L, Channel.SMS, 4L));
		assertThat(counts).isEqualTo(walk(criteria(List.of("ML"), List.of())));
	}

	@Test
	void regionsCoverCitizensOfTheCountryWithoutARegionAndOnlyTheChosenChannels() {
		AudienceCriteria mopti = AudienceCriteria.of(List.of("ML"), List.of("ML-5"), List.of(Channel.SMS), today);

		assertThat(preview.count(mopti).perChannel()).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.SMS, 3L));
		assertThat(preview.count(mopti).perChannel()).isEqualTo(walk(mopti));
	}

	@Test
	void shapesAreCountedAsTheWalkDecidesThem() {
		jdbc.update("UPDATE subscriber_location SET lat = 14.49, lon = -4.19 WHERE region = 'ML-5'");
		jdbc.update("UPDATE subscriber_location SET lat = 12.64, lon = -8.0 WHERE region = 'ML-BKO'");
		AudienceCriteria aroundMopti = AudienceCriteria.of(List.of("ML"), List.of(),
				List.of(new Circle(14.49, -4.19, 30)), List.of(Channel.EMAIL, Channel.SMS), today);

		// Bamako's point lies outside the circle; citizens without a point match by country.
		assertThat(preview.count(aroundMopti).perChannel()).containsExactlyInAnyOrderEntriesOf(
				Map.of(Channel.EMAIL, 4L, Channel.SMS, 3L));
		assertThat(preview.count(aroundMopti).perChannel()).isEqualTo(walk(aroundMopti));
	}

	@Test
	void nobodyEnrolledCountsZeroPerChannel() {
		assertThat(preview.count(criteria(List.of("JP"), List.of())).perChannel())
			.containsExactlyInAnyOrderEntriesOf(Map.of(Channel.EMAIL, 0L, Channel.SMS, 0L));
	}

	private AudienceCriteria criteria(List<String> countries, List<String> regions) {
		return AudienceCriteria.of(countries, regions, List.of(Channel.EMAIL, Channel.SMS), today);
	}

	private Map<Channel, Long> walk(AudienceCriteria criteria) {
		Map<Channel, Long> counts = new EnumMap<>(Channel.class);
		criteria.channels().forEach(channel -> counts.put(channel, 0L));
		audience.forEachPage(criteria, 2, page -> page.forEach(r -> counts.merge(r.channel(), 1L, Long::sum)));
		return counts;
	}

	private void citizen(String name, String country, String region, LocalDate until, String emailVerified,
			String phoneVerified, String paused, String smsOptedOut) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO subscriber (id, email_sealed, phone_sealed, locale, channels, token_hash, email_verified_at,
				                        phone_verified_at, paused_at, sms_opted_out_at)
				VALUES (?, ?, ?, 'en', '{EMAIL,SMS}', '\\x00', %s, %s, %s, %s)"""
			.formatted(emailVerified, phoneVerified, paused == null ? "NULL" : paused,
					smsOptedOut == null ? "NULL" : smsOptedOut),
				id, sealedEmail(name.replace(' ', '.') + "@example.org"),
				sealedPhone("+2237600" + String.format("%04d", Math.abs(name.hashCode()) % 10000)));
		jdbc.update("""
				INSERT INTO subscriber_location (subscriber_id, position, country, region, starts_on, ends_on)
				VALUES (?, 0, ?, ?, ?, ?)""", id, country, region, today.minusDays(10), until);
	}
}
