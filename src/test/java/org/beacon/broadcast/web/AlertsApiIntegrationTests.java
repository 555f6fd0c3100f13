package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.ParisPost;
import org.beacon.support.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

public class AlertsApiIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	PasswordEncoder passwords;

	public static Map<String, Object> alert(Object... overrides) {
		Map<String, Object> request = Api.json("type", "DEMONSTRATION_ALERT", "severity", "MODERATE", "title",
				"Demonstration at the Independence Monument", "body", "Avoid the area on Saturday.", "area",
				Api.json("countries", List.of("ML")), "channels", List.of("EMAIL", "SMS"));
		for (int i = 0; i < overrides.length; i += 2) {
			request.put((String) overrides[i], overrides[i + 1]);
		}
		return request;
	}

	@BeforeEach
	void parisPost() {
		ParisPost.withOfficer(jdbc, passwords);
	}

	@Test
	void issuesAnAlertAndReportsItsSmsEncoding() {
		Api.Response response = api().issueAlert(alert());

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.headers().getLocation()).hasPath("/api/v1/alerts/" + response.body().get("id").asText());
		assertThat(response.body().get("smsText").asText())
			.isEqualTo("U.S. Embassy Bamako: Demonstration at the Independence Monument. Avoid the area on Saturday.");
		assertThat(response.body().get("smsEncoding").asText()).isEqualTo("GSM-7");
		assertThat(response.body().get("smsSegments").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isEqualTo(1);
	}

	@Test
	void countsUcs2SegmentsForTextOutsideGsm7() {
		Api.Response response = api().issueAlert(alert("smsText", "⚠ " + "x".repeat(100)));

		assertThat(response.body().get("smsEncoding").asText()).isEqualTo("UCS-2");
		assertThat(response.body().get("smsSegments").asInt()).isEqualTo(2);
	}

	@Test
	void storesTheSpanishWordingAndDerivesItsSms() {
		Api.Response response = api().issueAlert(alert("spanish",
				Api.json("title", "Manifestación en el Monumento", "body", "Evite la zona el sábado.")));

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.body().at("/spanish/title").asText()).isEqualTo("Manifestación en el Monumento");
		assertThat(response.body().at("/spanish/smsText").asText())
			.isEqualTo("U.S. Embassy Bamako: Manifestación en el Monumento. Evite la zona el sábado.");
		assertAlertRefused(alert("spanish", Api.json("title", "Sin cuerpo")), "spanish.body");
		assertAlertRefused(alert("spanish", Api.json("title", "T", "body", "B", "smsText", "palabra ".repeat(200))),
				"spanish.smsText");
	}

	@Test
	void rejectsAnSmsLongerThanTheLimit() {
		assertAlertRefused(alert("smsText", "word ".repeat(300)), "smsText");
	}

	@Test
	void rejectsMissingOrUnknownFieldsNamingThem() {
		assertAlertRefused(alert("title", null), "title");
		assertAlertRefused(alert("title", "  "), "title");
		assertAlertRefused(alert("severity", "APOCALYPTIC"), "severity");
		assertAlertRefused(alert("channels", List.of()), "channels");
		assertAlertRefused(alert("channels", java.util.Arrays.asList((Object) null)), "channels[]");
		assertAlertRefused(alert("area", Api.json("countries", java.util.Arrays.asList((Object) null))), "area.countries[0]");
		assertAlertRefused(alert("area", Api.json("countries", List.of("ZZ"))), "area.countries[0]");
		assertAlertRefused(alert("area", Api.json("countries", List.of("ML"), "regions", List.of("ML-77"))),
				"area.regions[0]");
		assertAlertRefused(alert("area", Api.json("countries", List.of("ML"), "regions", List.of("FR-75C"))),
				"area.regions[0]");
		assertAlertRefused(alert("area", Api.json("countries", List.of("ML"), "circles",
				List.of(Api.json("lat", 95.0, "lon", 0.0, "radiusKm", 10)))), "area.circles[0].lat");
		assertAlertRefused(alert("area", Api.json("countries", List.of("ML"), "polygons",
				List.of(List.of(Api.json("lat", 1.0, "lon", 1.0))))), "area.polygons[0]");
	}

	@Test
	void refusesAControlCharacterInATitleNamingTheField() {
		assertAlertRefused(alert("title", "Curfew\u0001 in Mopti"), "title");

		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}

	@Test
	void refusesANulInATitleNamingTheFieldAndStoresNothing() {
		Api.Response response = api().issueAlert(alert("title", "Curfew\u0000 in Mopti"));

		Problems.assertInvalid(response, "title");
		assertThat(response.body().get("detail").asText()).doesNotContain("Nothing you sent was lost");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}

	@Test
	void refusesLineBreaksDeleteAndC1ControlsInOneLineFieldsAndNonCharactersAnywhere() throws Exception {
		assertAlertRefused(alert("title", "Curfew\nin Mopti"), "title");
		assertAlertRefused(alert("title", "Curfew\tin Mopti"), "title");
		assertAlertRefused(alert("title", "Curfew\u007f"), "title");
		assertAlertRefused(alert("title", "Curfew\u0085"), "title");
		assertAlertRefused(alert("spanish", Api.json("title", "Toque\u009b de queda", "body", "Quédese en casa.")),
				"spanish.title");
		assertAlertRefused(alert("body", "Stay indoors.\u0001"), "body");
		assertAlertRefused(alert("body", "Stay indoors.\uffff"), "body");
		// Escaped in the JSON text: written as UTF-8, an unpaired surrogate would become "?" on the way.
		Problems.assertInvalid(api().issueAlert(JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build()
			.writeValueAsString(alert("smsText", "Stay indoors.\ud800"))), "smsText");
		assertAlertRefused(alert("area", Api.json("countries", List.of("ML\u0000"))), "area.countries[0]");
	}

	@Test
	void acceptsABodyOfSeveralLinesWithTabs() {
		String body = "Authorities announced a curfew:\n\n\t- from 8 p.m.\r\n\t- to 6 a.m.\n\nStay indoors.";

		Api.Response response = api().issueAlert(alert("body", body, "smsText", "Curfew\n8 p.m. to 6 a.m."));

		assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
		assertThat(jdbc.queryForObject("SELECT body FROM alert", String.class)).isEqualTo(body);
	}

	@Test
	void forbidsAlertsForCountriesOutsideTheOfficersPost() {
		Api.Response response = api().issueAlert(alert("area", Api.json("countries", List.of("ML", "FR"))));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("detail").asText()).contains("area.countries[1]").contains("FR");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}

	@Test
	void requiresStaffCredentials() {
		Api.Response anonymous = api().issueAlertAs(null, null, alert());
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(anonymous.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

		assertThat(api().issueAlertAs(Api.OFFICER, "wrong", alert()).status()).isEqualTo(401);
		assertThat(api().get("/api/v1/alerts", new HttpHeaders()).status()).isEqualTo(401);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}

	@Test
	void staffSeeOnlyAlertsForTheirPostsCountries() {
		String id = api().issueAlert(alert()).body().get("id").asText();

		assertThat(api().alert(id).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/alerts/" + id, Api.staff("paris-officer", "paris-pass")).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/alerts", Api.staff("paris-officer", "paris-pass")).body()).isEmpty();
		assertThat(api().get("/api/v1/alerts", Api.staff(Api.OFFICER, Api.PASSWORD)).body()).hasSize(1);
	}

	@Test
	void publishesTheOpenApiDescription() {
		Api.Response docs = api().get("/v3/api-docs", new HttpHeaders());
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").has("/api/v1/alerts")).isTrue();
		assertThat(docs.body().get("paths").has("/api/v1/subscribers")).isTrue();
		assertThat(docs.body().at("/components/securitySchemes/staff/scheme").asText()).isEqualTo("basic");
		JsonNode estimate = docs.body().at("/components/schemas/AudienceEstimate/properties");
		assertThat(estimate.at("/totalFewerThan/description").asText()).contains("fewer than");
		assertThat(estimate.at("/perChannelFewerThan/description").asText()).contains("fewer than");
		assertThat(estimate.at("/totalAtLeast/description").asText()).contains("at least");
		assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode().value()).isEqualTo(200);
	}

	/**
	 * An audience estimate does not locate one person (issue 13): a circle smaller than
	 * {@code beacon.broadcast.min-radius-km} (1 km) is refused, in an estimate as in an alert, and counts from 1 to 4
	 * are withheld as "fewer than 5", per channel and in all (an exact total beside a withheld channel would give it
	 * away); 0 stays 0.
	 */
	@Test
	void theAudienceEstimateRefusesSmallCirclesAndWithholdsSmallCounts() {
		citizenAt(12.6392, -8.0029, "{EMAIL,SMS}");

		Problems.assertInvalid(estimate(circle(12.6392, -8.0029, 0.1)), "area.circles[0].radiusKm");
		Problems.assertInvalid(estimate(circle(12.6392, -8.0029, 0.99)), "area.circles[0].radiusKm");
		assertAlertRefused(alert("area", circle(12.6392, -8.0029, 0.5)), "area.circles[0].radiusKm");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();

		Api.Response one = estimate(circle(12.6392, -8.0029, 1));
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.body().get("total").isNull()).as("present, and null: %s", one.body()).isTrue();
		assertThat(one.body().get("totalFewerThan").asInt()).isEqualTo(5);
		assertThat(one.body().has("totalAtLeast")).isFalse();
		assertThat(one.body().get("perChannel").get("EMAIL").isNull()).isTrue();
		assertThat(one.body().get("perChannel").get("SMS").isNull()).isTrue();
		assertThat(one.body().at("/perChannelFewerThan/EMAIL").asInt()).isEqualTo(5);
		assertThat(one.body().at("/perChannelFewerThan/SMS").asInt()).isEqualTo(5);

		Api.Response none = estimate(circle(12.6392, -7.99, 1));
		assertThat(none.body().get("total").asLong()).as("about 1.4 km away: no one, and 0 is said").isZero();
		assertThat(none.body().at("/perChannel/EMAIL").asLong()).isZero();
		assertThat(none.body().at("/perChannel/SMS").isNumber()).isTrue();
		assertThat(none.body().has("totalFewerThan")).isFalse();
		assertThat(none.body().has("perChannelFewerThan")).isFalse();

		for (int i = 0; i < 6; i++) {
			citizenAt(12.6392, -8.0029, "{EMAIL}");
		}
		Api.Response emails = estimate(circle(12.6392, -8.0029, 1));
		assertThat(emails.body().at("/perChannel/EMAIL").asLong()).isEqualTo(7);
		assertThat(emails.body().at("/perChannel/SMS").isNull()).isTrue();
		assertThat(emails.body().get("perChannelFewerThan").has("EMAIL")).isFalse();
		assertThat(emails.body().get("total").isNull()).as("7 + the one SMS recipient would give it away").isTrue();
		assertThat(emails.body().has("totalFewerThan")).isFalse();
		assertThat(emails.body().get("totalAtLeast").asLong()).isEqualTo(8);

		for (int i = 0; i < 4; i++) {
			citizenAt(12.6392, -8.0029, "{SMS}");
		}
		Api.Response all = estimate(circle(12.6392, -8.0029, 1));
		assertThat(all.body().at("/perChannel/EMAIL").asLong()).isEqualTo(7);
		assertThat(all.body().at("/perChannel/SMS").asLong()).isEqualTo(5);
		assertThat(all.body().get("total").asLong()).isEqualTo(12);
		assertThat(all.body().has("perChannelFewerThan")).isFalse();
		assertThat(all.body().has("totalAtLeast")).isFalse();
	}

	/** A polygon can single out a citizen as a small circle can: one thinner than the smallest circle is refused. */
	@Test
	void theAudienceEstimateRefusesTinyOrThinPolygons() {
		citizenAt(12.6392, -8.0029, "{EMAIL,SMS}");
		// About 110 m a side around the citizen, and a strip 20 km long but 20 m wide through their point.
		Map<String, Object> tiny = polygon(12.6387, -8.0034, 12.6397, -8.0024);
		Map<String, Object> strip = polygon(12.6391, -8.1, 12.6393, -7.9);

		Problems.assertInvalid(estimate(tiny), "area.polygons[0]");
		Problems.assertInvalid(estimate(strip), "area.polygons[0]");
		assertAlertRefused(alert("area", strip), "area.polygons[0]");
		assertThat(estimate(polygon(12.62, -8.02, 12.66, -7.98)).status()).as("4 by 4 km").isEqualTo(200);
	}

	private static Map<String, Object> polygon(double south, double west, double north, double east) {
		return Api.json("countries", List.of("ML"), "polygons", List.of(List.of(Api.json("lat", south, "lon", west),
				Api.json("lat", south, "lon", east), Api.json("lat", north, "lon", east),
				Api.json("lat", north, "lon", west))));
	}

	private static Map<String, Object> circle(double lat, double lon, double radiusKm) {
		return Api.json("countries", List.of("ML"), "circles",
				List.of(Api.json("lat", lat, "lon", lon, "radiusKm", radiusKm)));
	}

	private Api.Response estimate(Map<String, Object> area) {
		return api().postJson("/api/v1/alerts/audience-estimate",
				Api.json("area", area, "channels", List.of("EMAIL", "SMS")), Api.staff(Api.OFFICER, Api.PASSWORD));
	}

	/** A citizen in Mali at a point, reachable on the channels given (verified). */
	private void citizenAt(double lat, double lon, String channels) {
		java.util.UUID id = java.util.UUID.randomUUID();
		jdbc.update("""
				INSERT INTO subscriber (id, email_sealed, phone_sealed, locale, channels, token_hash, email_verified_at,
				                        phone_verified_at)
				VALUES (?, ?, ?, 'en', CAST(? AS text[]), '\\x00', now(), now())""", id, sealedEmail(id + "@example.org"),
				sealedPhone("+2237" + String.format("%07d", Math.abs(id.hashCode()) % 10_000_000)), channels);
		jdbc.update("""
				INSERT INTO subscriber_location (subscriber_id, position, country, lat, lon, starts_on)
				VALUES (?, 0, 'ML', ?, ?, CURRENT_DATE - 1)""", id, lat, lon);
	}

	void assertAlertRefused(Map<String, Object> request, String field) {
		Problems.assertInvalid(api().issueAlert(request), field);
	}
}
