package org.beacon.broadcast.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.transform.stream.StreamSource;

import org.beacon.broadcast.cap.CapDocuments;
import org.beacon.broadcast.cap.CapIntegrationTests;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Citizens;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** An update goes to the recipients of the alert it follows, and to nobody else. */
class AlertUpdateIntegrationTests extends BeaconIntegrationTest {

	@Test
	void anUpdateReachesExactlyTheRecipientsOfTheOriginalAndIsACapUpdate() throws Exception {
		Citizens.inMali(jdbc, cipher, 40, "first", "+223761");
		Pipeline pipeline = new Pipeline(api());
		String original = pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("EMAIL", "SMS"));
		pipeline.awaitSettled(original, 80);
		Citizens.inMali(jdbc, cipher, 5, "later", "+223762");
		jdbc.update("UPDATE subscriber SET sms_opted_out_at = now() WHERE email_hash = ?",
				(Object) cipher.emailLookup("first0@example.org"));

		Api.Response response = update(original, Api.json("title", "Curfew lifted", "body", "The curfew ends today."));

		assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
		String update = response.body().get("id").asText();
		assertThat(response.body().get("smsText").asText()).isEqualTo("U.S. Embassy Bamako: Curfew lifted. The curfew ends today.");
		pipeline.awaitSettled(update, 79);
		Set<String> before = pairs(original);
		before.remove(jdbc.queryForObject("SELECT id FROM subscriber WHERE email_hash = ?", String.class,
				(Object) cipher.emailLookup("first0@example.org"))
				+ "/SMS");
		assertThat(pairs(update)).as("nobody new, nobody missed, nobody who opted out").isEqualTo(before);
		assertThat(TWILIO.messages().stream().filter(m -> m.get("Body").contains("Curfew lifted"))).hasSize(39);

		ResponseEntity<String> cap = api().getText("/cap/alerts/" + update + ".xml");
		CapIntegrationTests.schema().newValidator().validate(new StreamSource(new StringReader(cap.getBody())));
		String sent = CapIntegrationTests.parse(api().getText("/cap/alerts/" + original + ".xml").getBody())
			.getElementsByTagNameNS(CapDocuments.CAP, "sent").item(0).getTextContent();
		assertThat(cap.getBody()).contains("<msgType>Update</msgType>")
			.contains("<references>alerts@beacon.localhost,beacon-" + original + "," + sent + "</references>")
			.contains("<headline>Curfew lifted</headline>");
	}

	@Test
	void anUpdateOfACancelledAlertSkipsThoseWhoseDeliveryWasCancelled() {
		Citizens.inMali(jdbc, cipher, 20, "cut", "+223763");
		Pipeline pipeline = new Pipeline(api());
		String original = pipeline.issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));
		api().post("/api/v1/alerts/" + original + "/cancel", Api.staff(Api.OFFICER, Api.PASSWORD));
		org.awaitility.Awaitility.await().until(() -> "CANCELLED".equals(
				api().alert(original).body().at("/progress/fanOut").asText())
				&& api().alert(original).body().at("/progress/percentDone").asInt() == 100);

		Api.Response response = update(original, Api.json("title", "Ignore the curfew alert", "body", "It was sent in error."));

		assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
		String update = response.body().get("id").asText();
		int reached = jdbc.queryForObject(
				"SELECT count(*) FROM delivery WHERE alert_id = ?::uuid AND status <> 'CANCELLED'", Integer.class,
				original);
		pipeline.awaitSettled(update, reached);
		Set<String> got = new HashSet<>(jdbc.queryForList("""
				SELECT subscriber_id || '/' || channel FROM delivery WHERE alert_id = ?::uuid AND status <> 'CANCELLED'""",
				String.class, original));
		assertThat(pairs(update)).isEqualTo(got);
	}

	@Test
	void refusesABadUpdateClearly() {
		String original = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew", List.of("SMS"));

		Api.Response blank = update(original, Api.json("title", " ", "body", "Body"));
		Api.Response tooLong = update(original, Api.json("title", "T", "body", "B", "smsText", "x".repeat(1100)));
		Api.Response unknown = update(java.util.UUID.randomUUID().toString(), Api.json("title", "T", "body", "B"));
		Api.Response byAdmin = api().postJson("/api/v1/alerts/" + original + "/update",
				Api.json("title", "T", "body", "B"), Api.staff(Api.ADMIN, Api.PASSWORD));

		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.contentType()).startsWith("application/problem+json");
		assertThat(blank.body().toString()).contains("title");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body().toString()).contains("smsText");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(byAdmin.status()).isEqualTo(403);
	}

	private Api.Response update(String id, Object request) {
		return api().postJson("/api/v1/alerts/" + id + "/update", request, Api.staff(Api.OFFICER, Api.PASSWORD));
	}

	private Set<String> pairs(String alertId) {
		return new HashSet<>(jdbc.queryForList(
				"SELECT subscriber_id || '/' || channel FROM delivery WHERE alert_id = ?::uuid", String.class, alertId));
	}
}
