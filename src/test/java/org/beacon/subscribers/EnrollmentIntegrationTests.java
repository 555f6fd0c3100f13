package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.beacon.support.Api;
import org.beacon.support.Problems;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

class EnrollmentIntegrationTests extends BeaconIntegrationTest {

	static Map<String, Object> citizen(Object... overrides) {
		Map<String, Object> request = Api.json("email", "Maria.Lopez@Example.org", "phone", "+223 76 12 34 56",
				"locale", "es", "channels", List.of("EMAIL", "SMS"), "locations",
				List.of(Api.json("country", "ml", "region", "ml-bko", "lat", 12.65, "lon", -8.0)));
		for (int i = 0; i < overrides.length; i += 2) {
			request.put((String) overrides[i], overrides[i + 1]);
		}
		return request;
	}

	@Test
	void enrollsWithCanonicalContactPointsAndReturnsAManagementToken() {
		Api.Response response = api().enroll(citizen());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.headers().getLocation()).hasPath("/api/v1/subscribers/" + response.body().get("id").asText());
		assertThat(response.body().get("token").asText()).hasSizeGreaterThanOrEqualTo(40);
		JsonNode subscriber = response.body().get("subscriber");
		assertThat(subscriber.get("phone").asText()).isEqualTo("+22376123456");
		assertThat(subscriber.get("email").asText()).isEqualTo("maria.lopez@example.org");
		assertThat(subscriber.at("/locations/0/country").asText()).isEqualTo("ML");
		assertThat(subscriber.at("/locations/0/region").asText()).isEqualTo("ML-BKO");
		assertThat(subscriber.at("/locations/0/from").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
		assertThat(subscriber.at("/locations/0/to").isMissingNode()).isTrue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE token_hash IS NOT NULL", Long.class))
			.isEqualTo(1);
	}

	@Test
	void ownerReadsChangesAndDeletesTheEnrollmentWithTheToken() {
		Api.Response enrolled = api().enroll(citizen());
		String id = enrolled.body().get("id").asText();
		String token = enrolled.body().get("token").asText();

		assertThat(api().subscriber(HttpMethod.GET, id, token, null).body().get("locale").asText()).isEqualTo("es");

		Api.Response changed = api().subscriber(HttpMethod.PUT, id, token, citizen("locale", "en", "locations",
				List.of(Api.json("country", "FR"), Api.json("country", "ML", "region", "ML-5"))));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("locale").asText()).isEqualTo("en");
		assertThat(changed.body().get("locations")).hasSize(2);

		assertThat(api().subscriber(HttpMethod.DELETE, id, token, null).status()).isEqualTo(204);
		assertThat(api().subscriber(HttpMethod.GET, id, token, null).status()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber_location", Long.class)).isZero();
	}

	@Test
	void refusesAccessWithoutTheRightToken() {
		Api.Response enrolled = api().enroll(citizen());
		String id = enrolled.body().get("id").asText();

		Api.Response missing = api().subscriber(HttpMethod.GET, id, null, null);
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.contentType()).startsWith("application/problem+json");

		Api.Response wrong = api().subscriber(HttpMethod.GET, id, "not-the-token", null);
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(api().subscriber(HttpMethod.DELETE, id, "not-the-token", null).status()).isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isEqualTo(1);
	}

	@Test
	void rejectsAnUnparseablePhoneNamingTheField() {
		assertEnrollmentRefused(citizen("phone", "call me maybe"), "phone");
		assertEnrollmentRefused(citizen("phone", "+223 12"), "phone");
	}

	@Test
	void rejectsALandlineForSms() {
		// +33 1 ... is a Paris landline.
		assertEnrollmentRefused(citizen("phone", "+33 1 42 68 53 00"), "phone");
	}

	@Test
	void rejectsABadEmail() {
		assertEnrollmentRefused(citizen("email", "maria-at-example"), "email");
	}

	@Test
	void requiresTheContactPointOfEachChosenChannel() {
		assertEnrollmentRefused(citizen("phone", null), "phone");
		assertEnrollmentRefused(citizen("email", null), "email");
	}

	@Test
	void rejectsUnknownCountriesAndRegionsOfAnotherCountry() {
		assertEnrollmentRefused(citizen("locations", List.of(Api.json("country", "XX"))), "locations[0].country");
		assertEnrollmentRefused(citizen("locations", List.of(Api.json("country", "ML"), Api.json("country", "ML",
				"region", "FR-75C"))), "locations[1].region");
		assertEnrollmentRefused(citizen("locations", List.of(Api.json("country", "ML", "region", "ML-99"))),
				"locations[0].region");
	}

	@Test
	void rejectsATripThatEndsBeforeItStarts() {
		assertEnrollmentRefused(citizen("locations", List.of(Api.json("country", "ML", "from", "2030-05-10", "to",
				"2030-05-01"))), "locations[0].to");
	}

	@Test
	void rejectsMalformedValuesNamingTheField() {
		assertEnrollmentRefused(citizen("locations", List.of(Api.json("country", "ML", "from", "next tuesday"))),
				"locations[0].from");
		assertEnrollmentRefused(citizen("channels", List.of("PIGEON")), "channels[0]");
		assertEnrollmentRefused(citizen("channels", java.util.Arrays.asList((Object) null)), "channels[]");
		assertEnrollmentRefused(citizen("locations", java.util.Arrays.asList((Object) null)), "locations[0]");
		assertEnrollmentRefused(citizen("locale", "fr"), "locale");
		assertEnrollmentRefused(citizen("locations", List.of()), "locations");
		assertEnrollmentRefused(citizen("locations", List.of(Api.json("country", "ML", "lat", 95.0, "lon", 2.0))),
				"locations[0].lat");
	}

	@Test
	void refusesANulInAnEmergencyContactsNameNamingTheFieldAndStoresNothing() {
		assertEnrollmentRefused(citizen("emergencyContact", Api.json("name", "Ana\u0000 López (sister)", "phone",
				"+223 76 12 34 57")), "emergencyContact.name");
	}

	@Test
	void refusesConsentToTellAnEmergencyContactWithoutTheirPhoneNamingTheField() {
		assertEnrollmentRefused(citizen("emergencyContact", Api.json("name", "Ana López (sister)", "tellWhenSafe",
				true)), "emergencyContact.tellWhenSafe");
	}

	@Test
	void theConsentToTellTheEmergencyContactIsShownAndChangedWithTheEnrollment() {
		Api.Response enrolled = api().enroll(citizen("emergencyContact", Api.json("name", "Ana López (sister)",
				"phone", "+223 76 12 34 57", "tellWhenSafe", true)));
		String id = enrolled.body().get("id").asText();
		String token = enrolled.body().get("token").asText();
		assertThat(enrolled.body().at("/subscriber/tellEmergencyContactWhenSafe").asBoolean()).isTrue();

		Api.Response withdrawn = api().subscriber(HttpMethod.PUT, id, token, citizen("emergencyContact",
				Api.json("name", "Ana López (sister)", "phone", "+223 76 12 34 57")));
		assertThat(withdrawn.body().get("tellEmergencyContactWhenSafe").asBoolean()).isFalse();

		Api.Response withoutPhone = api().subscriber(HttpMethod.PUT, id, token, citizen("emergencyContact",
				Api.json("name", "Ana López (sister)", "tellWhenSafe", true)));
		Problems.assertInvalid(withoutPhone, "emergencyContact.tellWhenSafe");
		assertThat(jdbc.queryForObject("SELECT relay_safe_to_contact FROM subscriber", Boolean.class)).isFalse();
	}

	@Test
	void refusesControlCharactersInContactPointsAndPlaces() {
		assertEnrollmentRefused(citizen("email", "maria\u0001@example.org"), "email");
		assertEnrollmentRefused(citizen("phone", "+223 76 12 34 56\u0000"), "phone");
		assertEnrollmentRefused(citizen("locations", List.of(Api.json("country", "ML", "region", "ML-5\u0085"))),
				"locations[0].region");
	}

	@Test
	void reportsEveryBrokenRuleAtOnce() {
		Api.Response response = api().enroll(citizen("phone", "nonsense", "locations",
				List.of(Api.json("country", "XX"))));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("errors").findValuesAsText("field")).contains("phone", "locations[0].country");
	}

	/** Refused, naming the field in the problem's errors and its detail, and nothing stored. */
	void assertEnrollmentRefused(Map<String, Object> request, String field) {
		Api.Response response = api().enroll(request);
		Problems.assertInvalid(response, field);
		assertThat(response.body().get("detail").asText()).contains(field);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isZero();
	}
}
