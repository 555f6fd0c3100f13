package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.ParisPost;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The API's {@code Idempotency-Key} (IETF HTTP API draft): a client that retries an alert whose answer it lost gets
 * the first alert back, and nobody is alerted twice.
 */
class AlertIdempotencyIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	PasswordEncoder passwords;

	private static final String CURFEW = """
			{"type":"SECURITY_ALERT","severity":"SEVERE","title":"Curfew in Bamako",
			 "body":"Stay indoors after 8 p.m.","area":{"countries":["ML"]},"channels":["EMAIL","SMS"]}""";

	/** The same request as {@link #CURFEW}, written otherwise: fields and channels in another order, other spaces. */
	private static final String CURFEW_REWRITTEN = """
			{ "channels" : ["SMS", "EMAIL"], "area" : {"countries" : ["ML"]}, "body" : "Stay indoors after 8 p.m.",
			  "title" : "Curfew in Bamako", "severity" : "SEVERE", "type" : "SECURITY_ALERT" }""";

	@Test
	void theSameKeyAndRequestTwiceCreateOneAlertAndOneFanOut() {
		Pipeline pipeline = new Pipeline(api());
		pipeline.enroll("first@example.org", "+22376000051", Api.json("country", "ML"));
		pipeline.enroll("second@example.org", "+22376000052", Api.json("country", "ML"));
		String key = UUID.randomUUID().toString();

		Api.Response first = issue(key, CURFEW);
		assertThat(first.status()).as(first.body().toString()).isEqualTo(202);
		String id = first.body().get("id").asText();
		assertThat(first.headers().containsKey(AlertsController.REPLAYED)).isFalse();
		pipeline.awaitSettled(id, 4);
		long publications = publicationsOf(id);

		Api.Response again = issue(key, CURFEW_REWRITTEN);

		assertThat(again.status()).isEqualTo(202);
		assertThat(again.body().get("id").asText()).isEqualTo(id);
		assertThat(again.headers().getLocation()).hasPath("/api/v1/alerts/" + id);
		assertThat(again.headers().getFirst(AlertsController.REPLAYED)).isEqualTo("true");
		assertThat(again.body().get("progress").get("finished").asInt()).as("the alert as it is now").isEqualTo(4);
		awaitPipelineIdle();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE alert_id = ?::uuid", Long.class, id))
			.isEqualTo(4);
		assertThat(publicationsOf(id)).as("nothing published again").isEqualTo(publications);
		assertThat(TWILIO.messagesTo("+22376000051").stream().filter(sms -> sms.get("Body").contains("Curfew")))
			.hasSize(1);
		assertThat(jdbc.queryForMap("SELECT idempotency_key, issued_by FROM alert WHERE id = ?::uuid",
				UUID.fromString(id)))
			.containsEntry("idempotency_key", key).containsEntry("issued_by", Api.OFFICER);
	}

	@Test
	void aKeyReusedWithAnotherRequestIsRefusedWith422NamingTheHeader() {
		String key = UUID.randomUUID().toString();
		String id = issue(key, CURFEW).body().get("id").asText();

		Api.Response other = issue(key, CURFEW.replace("Curfew in Bamako", "Curfew in Mopti"));

		assertThat(other.status()).isEqualTo(422);
		assertThat(other.contentType()).isEqualTo("application/problem+json");
		assertThat(other.body().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
		assertThat(other.body().get("detail").asText()).contains(id);
		assertThat(jdbc.queryForList("SELECT title FROM alert", String.class)).containsExactly("Curfew in Bamako");
	}

	@Test
	void aQuotedKeyIsTheSameKeyAsTheBareOne() {
		String key = UUID.randomUUID().toString();
		String id = issue(key, CURFEW).body().get("id").asText();

		Api.Response quoted = issue("\"" + key + "\"", CURFEW);

		assertThat(quoted.status()).isEqualTo(202);
		assertThat(quoted.body().get("id").asText()).isEqualTo(id);
	}

	@Test
	void keysAreEachAuthorsOwn() {
		ParisPost.withOfficer(jdbc, passwords);
		String key = "retry-1";
		String bamako = issue(key, CURFEW).body().get("id").asText();

		HttpHeaders headers = Api.staff(ParisPost.OFFICER, ParisPost.PASSWORD);
		headers.set("Idempotency-Key", key);
		Api.Response paris = api().postJson("/api/v1/alerts", CURFEW.replace("\"ML\"", "\"FR\""), headers);

		assertThat(paris.status()).as(paris.body().toString()).isEqualTo(202);
		assertThat(paris.body().get("id").asText()).isNotEqualTo(bamako);
	}

	@Test
	void twoConcurrentRequestsWithOneKeyCreateOneAlert() throws Exception {
		String key = UUID.randomUUID().toString();
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Api.Response>> requests = List.of(1, 2).stream()
			.map(n -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return issue(key, CURFEW);
			}))
			.toList();

		List<Api.Response> answers = requests.stream().map(CompletableFuture::join).toList();

		assertThat(answers).extracting(Api.Response::status).containsOnly(202);
		assertThat(answers).extracting(answer -> answer.body().get("id").asText()).containsOnly(
				answers.get(0).body().get("id").asText());
		assertThat(answers).filteredOn(answer -> answer.headers().containsKey(AlertsController.REPLAYED)).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isEqualTo(1);
	}

	@Test
	void aKeyThatIsEmptyTooLongOrNotAsciiIsRefusedWith400NamingTheHeader() {
		for (String key : List.of("", " ", "x".repeat(256), "clé")) {
			Api.Response refused = issue(key, CURFEW);

			assertThat(refused.status()).as(key).isEqualTo(400);
			assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM alert", Long.class)).isZero();
	}

	@Test
	void anInvalidRequestDoesNotUseUpItsKey() {
		String key = UUID.randomUUID().toString();
		assertThat(issue(key, CURFEW.replace("\"ML\"", "\"XX\"")).status()).isEqualTo(400);

		Api.Response fixed = issue(key, CURFEW);

		assertThat(fixed.status()).isEqualTo(202);
		assertThat(fixed.headers().containsKey(AlertsController.REPLAYED)).isFalse();
	}

	private Api.Response issue(String key, String body) {
		HttpHeaders headers = Api.staff(Api.OFFICER, Api.PASSWORD);
		headers.set("Idempotency-Key", key);
		return api().postJson("/api/v1/alerts", body, headers);
	}

	private long publicationsOf(String id) {
		return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?", Long.class,
				"%" + id + "%");
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
