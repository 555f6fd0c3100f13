package org.beacon.subscribers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Mails;
import org.beacon.support.ProviderVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Contact points are verified by an email link and an SMS code, sent through the real providers' stubs. */
class VerificationIntegrationTests extends BeaconIntegrationTest {

	static final String PHONE = "+22376000300";

	@Autowired
	AudiencePreview preview;

	ProviderVerifier inbox = new ProviderVerifier(SMTP, TWILIO);

	Api.Response enroll(String email, String locale) {
		Api.Response enrolled = api().enrollUnverified(Api.json("email", email, "phone", PHONE, "locale", locale,
				"channels", List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML"))));
		assertThat(enrolled.status()).isEqualTo(201);
		return enrolled;
	}

	Map<Channel, Long> reachable() {
		return preview.count(AudienceCriteria.of(List.of("ML"), List.of(), List.of(Channel.EMAIL, Channel.SMS),
				LocalDate.now(clock))).perChannel();
	}

	/** The SMS code sent back through the API, with the enrollment's management token. */
	Api.Response sendCode(Api.Response enrolled, String code) {
		return api().postJson("/api/v1/subscribers/" + enrolled.body().get("id").asText() + "/verification/phone",
				Api.json("code", code), Api.bearer(enrolled.body().get("token").asText()));
	}

	Api.Response resendCode(Api.Response enrolled) {
		return api().post("/api/v1/subscribers/" + enrolled.body().get("id").asText() + "/verification/phone/resend",
				Api.bearer(enrolled.body().get("token").asText()));
	}

	String code() {
		return await().atMost(Duration.ofSeconds(20)).until(() -> TWILIO.takeVerificationCode(PHONE),
				Optional::isPresent).orElseThrow();
	}

	String link(String email) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> inbox.takeLinkToken(email), Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void unverifiedContactPointsGetNothingUntilTheLinkAndTheCodeComeBack() {
		Api.Response enrolled = enroll("nueva@example.org", "es");
		assertThat(reachable()).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.EMAIL, 0L, Channel.SMS, 0L));

		await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 1);
		MimeMessage email = SMTP.getReceivedMessages()[0];
		assertThat(Mails.text(email)).contains("Abra este enlace", "24 horas");
		String code = code();
		assertThat(code).matches("\\d{6}");

		Api.Response wrong = sendCode(enrolled, code.equals("000000") ? "111111" : "000000");
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.body().get("detail").asText()).contains("4 attempt(s) left");

		assertThat(sendCode(enrolled, code).status()).isEqualTo(200);
		assertThat(reachable()).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.EMAIL, 0L, Channel.SMS, 1L));

		String token = link("nueva@example.org");
		assertThat(api().post("/api/v1/subscribers/verification/email", Api.json("token", token)).status())
			.isEqualTo(200);
		assertThat(reachable()).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.EMAIL, 1L, Channel.SMS, 1L));
		assertThat(api().post("/api/v1/subscribers/verification/email", Api.json("token", token)).status())
			.as("single use").isEqualTo(422);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM contact_challenge WHERE secret_hash = convert_to(?, 'UTF8')",
				Long.class, token)).as("only the hash is stored").isZero();
	}

	@Test
	void aChangedEmailAddressMustBeVerifiedAgain() {
		Api.Response enrolled = api().enroll(Api.json("email", "old@example.org", "phone", PHONE, "channels",
				List.of("EMAIL", "SMS"), "locations", List.of(Api.json("country", "ML"))));
		String id = enrolled.body().get("id").asText();
		clock.advance(Duration.ofMinutes(2));

		Api.Response changed = api().subscriber(HttpMethod.PUT, id, enrolled.body().get("token").asText(),
				Api.json("email", "new@example.org", "phone", PHONE, "channels", List.of("EMAIL", "SMS"), "locations",
						List.of(Api.json("country", "ML"))));

		assertThat(changed.body().get("emailVerified").asBoolean()).isFalse();
		assertThat(changed.body().get("phoneVerified").asBoolean()).isTrue();
		assertThat(reachable()).containsExactlyInAnyOrderEntriesOf(Map.of(Channel.EMAIL, 0L, Channel.SMS, 1L));
		assertThat(link("new@example.org")).isNotBlank();
	}

	@Test
	void codesExpireLockAfterFiveWrongOnesAndResendsAreThrottled() throws Exception {
		Api.Response enrolled = enroll("lock@example.org", "en");
		String id = enrolled.body().get("id").asText();
		String first = code();
		// Without the test client, which waits out a Retry-After and asks again by itself.
		HttpResponse<String> tooSoon = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create(http.getRootUri() + "/api/v1/subscribers/" + id + "/verification/phone/resend"))
			.header("Authorization", "Bearer " + enrolled.body().get("token").asText())
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooSoon.statusCode()).isEqualTo(429);
		assertThat(tooSoon.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(v).matches("\\d+"));

		clock.advance(Duration.ofMinutes(11));
		assertThat(sendCode(enrolled, first).body().get("title").asText()).isEqualTo("Expired");

		assertThat(resendCode(enrolled).status()).isEqualTo(202);
		String second = code();
		String wrong = second.equals("999999") ? "999998" : "999999";
		for (int i = 0; i < 4; i++) {
			assertThat(sendCode(enrolled, wrong).status()).isEqualTo(422);
		}
		assertThat(sendCode(enrolled, wrong).status()).isEqualTo(429);
		assertThat(sendCode(enrolled, second).status()).as("locked, even with the right code").isEqualTo(429);
	}

	@Test
	void onlyTheHolderOfTheManagementTokenTriesCodesOrAsksForNewOnes() {
		Api.Response enrolled = enroll("guarded@example.org", "en");
		String id = enrolled.body().get("id").asText();
		String code = code();
		String wrong = code.equals("000000") ? "111111" : "000000";
		clock.advance(Duration.ofMinutes(2));

		// Someone who knows the id only: every wrong code would use up one of the citizen's five attempts.
		for (int i = 0; i < Verification.MAX_ATTEMPTS; i++) {
			Api.Response anonymous = api().post("/api/v1/subscribers/" + id + "/verification/phone",
					Api.json("code", wrong));
			assertThat(anonymous.status()).isEqualTo(401);
			assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
		}
		Api.Response wrongToken = api().postJson("/api/v1/subscribers/" + id + "/verification/phone",
				Api.json("code", wrong), Api.bearer("not-the-token"));
		Api.Response otherId = api().postJson("/api/v1/subscribers/" + UUID.randomUUID() + "/verification/phone",
				Api.json("code", wrong), Api.bearer(enrolled.body().get("token").asText()));
		assertThat(wrongToken.status()).as("as the enrollment's other calls answer").isEqualTo(404);
		assertThat(otherId.status()).isEqualTo(404);
		assertThat(otherId.body().get("detail")).isEqualTo(wrongToken.body().get("detail"));
		assertThat(api().post("/api/v1/subscribers/" + id + "/verification/phone/resend", Map.of()).status())
			.isEqualTo(401);
		assertThat(api().post("/api/v1/subscribers/" + id + "/verification/email/resend",
				Api.bearer("not-the-token")).status()).isEqualTo(404);
		awaitPipelineIdle();
		assertThat(TWILIO.takeVerificationCode(PHONE)).as("no new code was sent").isEmpty();

		Api.Response owner = sendCode(enrolled, wrong);
		assertThat(owner.body().get("detail").asText()).as("no attempt was used up")
			.contains(Verification.MAX_ATTEMPTS - 1 + " attempt(s) left");
		assertThat(sendCode(enrolled, code).status()).isEqualTo(200);
	}
}
