package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The roster of a check-in for crisis staff: every recipient with their answer, or none, or that nothing reached
 * them; in JSON pages and as a CSV file; each page and export audited.
 */
class RosterIntegrationTests extends BeaconIntegrationTest {

	static final String CRISIS = "crisis-officer";

	@Autowired
	DeliveryProperties properties;

	CheckInAnswers checkIns;

	Map<String, String> citizens = new HashMap<>();

	String id;

	@BeforeEach
	void aCheckInWithEveryKindOfRecipient() {
		Pipeline pipeline = new Pipeline(api());
		checkIns = new CheckInAnswers(api(), http, properties.twilio().authToken(),
				properties.twilio().webhookBaseUrl());
		for (String who : List.of("safe", "help", "silent", "lost")) {
			citizens.put(who, pipeline.enroll(who + "@example.org", phone(who), Api.json("country", "ML")));
		}
		id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, 4);
		checkIns.text(phone("safe"), "1");
		checkIns.text(phone("help"), "2 =HYPERLINK(\"x\"), at the airport");
		jdbc.update("UPDATE delivery SET status = 'FAILED' WHERE subscriber_id = CAST(? AS uuid)",
				citizens.get("lost"));
	}

	@Test
	void crisisStaffPageThroughEveryRecipientWithTheirAnswer() {
		Map<String, JsonNode> seen = new HashMap<>();
		List<Integer> pageSizes = new ArrayList<>();
		String after = null;
		do {
			Api.Response page = api().get("/api/v1/checkins/" + id + "/roster?limit=3"
					+ (after == null ? "" : "&after=" + after), crisis());
			assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
			page.body().get("recipients").forEach(entry -> seen.put(entry.get("subscriberId").asText(), entry));
			pageSizes.add(page.body().get("recipients").size());
			after = page.body().hasNonNull("next") ? page.body().get("next").asText() : null;
		}
		while (after != null);

		assertThat(pageSizes).containsExactly(3, 1);
		assertThat(seen).hasSize(4);
		assertThat(standing(seen, "safe")).isEqualTo("SAFE");
		assertThat(standing(seen, "help")).isEqualTo("NEED_HELP");
		assertThat(standing(seen, "silent")).isEqualTo("NO_ANSWER");
		assertThat(standing(seen, "lost")).isEqualTo("UNREACHABLE");
		JsonNode help = seen.get(citizens.get("help"));
		assertThat(help.get("phone").asText()).isEqualTo(phone("help"));
		assertThat(help.get("email").asText()).isEqualTo("help@example.org");
		assertThat(help.get("channel").asText()).isEqualTo("SMS");
		assertThat(help.get("helpCase").asText()).isEqualTo("OPEN");
		assertThat(help.get("askedOn").toString()).contains("SMS");
		assertThat(audit("ROSTER_VIEW")).hasSize(2)
			.allSatisfy(detail -> assertThat(detail).doesNotContain("@example.org", "+2237"))
			.anySatisfy(detail -> assertThat(detail).contains("3 citizens"));
	}

	@Test
	void theCsvHoldsEveryRecipientAndNoFormula() {
		ResponseEntity<String> csv = http.withBasicAuth(CRISIS, Api.PASSWORD)
			.getForEntity("/api/v1/checkins/" + id + "/roster.csv", String.class);

		assertThat(csv.getStatusCode().value()).isEqualTo(200);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("checkin-" + id + "-roster.csv");
		List<String> lines = csv.getBody().lines().toList();
		assertThat(lines.get(0)).isEqualTo("subscriber_id,standing,answer_channel,answered_at,message,asked_on,"
				+ "help_case,email,phone,locale,places,emergency_contact_name,emergency_contact_phone");
		assertThat(lines).hasSize(5);
		assertThat(lines).filteredOn(line -> line.startsWith(citizens.get("help"))).singleElement()
			.satisfies(line -> assertThat(line).contains(",NEED_HELP,SMS,")
				.contains(",\"'=HYPERLINK(\"\"x\"\"), at the airport\",SMS,OPEN,help@example.org," + phone("help")
						+ ",en,ML,,"));
		assertThat(lines).filteredOn(line -> line.startsWith(citizens.get("lost"))).singleElement()
			.satisfies(line -> assertThat(line).contains(",UNREACHABLE,,,,SMS,,lost@example.org,"));
		assertThat(csv.getBody()).contains("\r\n");
		assertThat(audit("ROSTER_EXPORT")).containsExactly("roster CSV: 4 citizens of [ML]");
	}

	private String standing(Map<String, JsonNode> seen, String who) {
		return seen.get(citizens.get(who)).get("standing").asText();
	}

	private static String phone(String who) {
		return switch (who) {
			case "safe" -> "+22376000401";
			case "help" -> "+22376000402";
			case "silent" -> "+22376000403";
			default -> "+22376000404";
		};
	}

	private List<String> audit(String action) {
		return jdbc.queryForList("SELECT detail FROM staff_audit WHERE action = ? AND alert_id = CAST(? AS uuid) "
				+ "ORDER BY id", String.class, action, id);
	}

	private static HttpHeaders crisis() {
		return Api.staff(CRISIS, Api.PASSWORD);
	}
}
