package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.Test;

/**
 * The compose page's audience box without script (the form posted as it is): counts from 1 to 4 read "fewer than 5",
 * and a circle smaller than {@code beacon.broadcast.min-radius-km} is refused beside its radius.
 */
class ComposeAudienceIntegrationTests extends BeaconIntegrationTest {

	@Test
	void showsSmallCountsAsFewerThanFiveAndRefusesASmallCircle() {
		citizen("{EMAIL,SMS}");
		PageSession pages = new PageSession(http.getRootUri(), true).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		pages.get("/staff/alerts/new");

		String one = audience(pages);
		assertThat(one).containsPattern(cell("EMAIL", "fewer than 5")).containsPattern(cell("SMS", "fewer than 5"))
			.containsPattern(cell("TOTAL", "fewer than 5"))
			.contains("id=\"audience-withheld\"", "Counts from 1 to 4 are shown as “fewer than 5”");

		for (int i = 0; i < 5; i++) {
			citizen("{EMAIL}");
		}
		String six = audience(pages);
		assertThat(six).as("the exact total would give the SMS count away")
			.containsPattern(cell("EMAIL", "6"))
			.containsPattern(cell("SMS", "fewer than 5"))
			.containsPattern(cell("TOTAL", "at least 7"));

		PageSession.Page small = pages.post("/staff/alerts/new/audience", "areaKind", "CIRCLE", "countries", "ML",
				"lat", "12.6392", "lon", "-8.0029", "radiusKm", "0.1", "channels", "EMAIL");
		assertThat(small.body()).contains("id=\"radiusKm-error\"", "Enter a radius between 1 and 2000 km.")
			.doesNotContain("audience-counts");
	}

	private static String audience(PageSession pages) {
		PageSession.Page page = pages.post("/staff/alerts/new/audience", "areaKind", "COUNTRIES", "countries", "ML",
				"channels", "EMAIL", "channels", "SMS");
		assertThat(page.status()).isEqualTo(200);
		return page.body();
	}

	/** The count cell of a channel's row (or the total's) in the audience box. */
	private static String cell(String channel, String text) {
		return "(?s)data-channel=\"" + channel + "\">\\s*<th[^>]*>[^<]*</th>\\s*<td class=\"text-end\">" + text
				+ "</td>";
	}

	/** A citizen in Mali, at a point in Bamako, verified on the channels chosen. */
	private void citizen(String channels) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO subscriber (id, email_sealed, phone_sealed, locale, channels, token_hash, email_verified_at,
				                        phone_verified_at)
				VALUES (?, ?, ?, 'en', CAST(? AS text[]), '\\x00', now(), now())""", id, sealedEmail(id + "@example.org"),
				sealedPhone("+2237600" + String.format("%04d", Math.abs(id.hashCode()) % 10_000)), channels);
		jdbc.update("""
				INSERT INTO subscriber_location (subscriber_id, position, country, lat, lon, starts_on)
				VALUES (?, 0, 'ML', 12.6392, -8.0029, CURRENT_DATE - 1)""", id);
	}
}
