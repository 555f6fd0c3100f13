package org.beacon.platform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.beacon.platform.sandbox.FakeSesApi.Answer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The SES fake answers SendEmail as SES does: its id for a raw message, or an AWS error named in a header. */
class FakeSesApiTests {

	static final String SIGNED = "AWS4-HMAC-SHA256 Credential=sandbox/20261123/us-east-1/ses/aws4_request, "
			+ "SignedHeaders=amz-sdk-invocation-id;content-type;host;x-amz-date, Signature=" + "ab".repeat(32);

	static final String RAW = "From: Beacon <alerts@beacon.test>\r\nTo: maria.lopez@example.org\r\n"
			+ "Subject: Curfew\r\n\r\nStay indoors.\r\n";

	final ObjectMapper json = new ObjectMapper();

	@Test
	void takesARawMessageAndAnswersWithItsId() throws Exception {
		Answer answer = send(SIGNED, RAW, "beacon-alerts");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(json.readTree(answer.json()).get("MessageId").asText()).isEqualTo(answer.messageId());
		assertThat(answer.message().getSubject()).isEqualTo("Curfew");
		assertThat(answer.configurationSet()).isEqualTo("beacon-alerts");
		assertThat(answer.headers()).containsKey("x-amzn-RequestId").doesNotContainKey(FakeSesApi.ERROR_TYPE);
	}

	@Test
	void refusesACallThatIsNotSignedForSesWithTheSandboxsKey() {
		assertThat(send(null, RAW, null).errorType()).isEqualTo("MissingAuthenticationTokenException");
		assertThat(send("Basic c2FuZGJveA==", RAW, null).errorType()).isEqualTo("IncompleteSignatureException");
		assertThat(send(SIGNED.replace("/ses/", "/sns/"), RAW, null).errorType())
			.isEqualTo("InvalidSignatureException");
		Answer stranger = send(SIGNED.replace("sandbox/", "AKIASTRANGER/"), RAW, null);
		assertThat(stranger.status()).isEqualTo(403);
		assertThat(stranger.headers()).containsEntry(FakeSesApi.ERROR_TYPE, "UnrecognizedClientException");
		assertThat(stranger.accepted()).isFalse();
	}

	@Test
	void refusesAnUnverifiableRecipientAndAMessageWithoutOne() {
		assertThat(send(SIGNED, RAW.replace("example.org", "example.invalid"), null).errorType())
			.isEqualTo("MessageRejected");
		assertThat(send(SIGNED, RAW.replace("To: maria.lopez@example.org\r\n", ""), null).errorType())
			.isEqualTo("BadRequestException");
	}

	@Test
	void answersOtherOperationsAndAnOutageAsErrors() {
		assertThat(FakeSesApi.answer("GET", "/v2/email/account", SIGNED, new byte[0], "sandbox").status())
			.isEqualTo(404);
		assertThat(FakeSesApi.unavailable().status()).isEqualTo(503);
	}

	static Answer send(String authorization, String raw, String configurationSet) {
		String data = Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
		String body = "{\"Content\":{\"Raw\":{\"Data\":\"" + data + "\"}}"
				+ (configurationSet == null ? "" : ",\"ConfigurationSetName\":\"" + configurationSet + "\"") + "}";
		return FakeSesApi.answer("POST", FakeSesApi.SEND_EMAIL, authorization,
				body.getBytes(StandardCharsets.UTF_8), "sandbox");
	}
}
