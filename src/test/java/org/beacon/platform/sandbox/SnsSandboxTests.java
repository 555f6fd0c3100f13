package org.beacon.platform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.SnsException;

/**
 * The SNS look-alike speaks as the AWS SDK expects SNS to: the SDK's own client signs the calls and reads the answers.
 */
class SnsSandboxTests {

	/** An Authorization header of SigV4's form; the fake does not check the signature itself. */
	private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=sandbox/20261123/us-east-1/sns/aws4_request, "
			+ "SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64);

	SnsSandbox sandbox;

	SnsClient sns;

	@BeforeEach
	void start() throws Exception {
		sandbox = SnsSandbox.start(0, 2);
		sns = SnsClient.builder()
			.region(Region.EU_WEST_3)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.endpointOverride(sandbox.endpoint())
			.build();
	}

	@AfterEach
	void stop() {
		sns.close();
		sandbox.close();
	}

	@Test
	void takesAPublishToAPhoneNumberAndKeepsItForTheOutbox() {
		String messageId = sns.publish(sms("+22376000001", "Curfew from 20:00 <Bamako> & Kati")).messageId();

		assertThat(messageId).matches("[0-9a-f-]{36}");
		assertThat(sandbox.received()).singleElement().satisfies(message -> {
			assertThat(message.channel()).isEqualTo("SMS");
			assertThat(message.id()).isEqualTo(messageId);
			assertThat(message.to()).isEqualTo("+22376000001");
			assertThat(message.recipients()).containsExactly("+22376000001");
			assertThat(message.from()).as("the origination number attribute").isEqualTo("+15005550006");
			assertThat(message.body()).isEqualTo("Curfew from 20:00 <Bamako> & Kati");
		});
		assertThat(sns.publish(sms("+22376000001", "again")).messageId()).isNotEqualTo(messageId);
	}

	@Test
	void keepsTheLatestMessagesUpToItsCapacity() {
		sns.publish(sms("+22376000001", "one"));
		sns.publish(sms("+22376000002", "two"));
		sns.publish(sms("+22376000003", "three"));

		assertThat(sandbox.received()).extracting(SandboxMessage::body).containsExactly("two", "three");
	}

	@Test
	void refusesANumberThatIsNotE164WithInvalidParameter() {
		InvalidParameterException refused = catchThrowableOfType(InvalidParameterException.class,
				() -> sns.publish(sms("0612345678", "x")));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidParameter");
		assertThat(refused.awsErrorDetails().errorMessage()).contains("PhoneNumber", "0612345678");
		assertThat(sandbox.received()).isEmpty();
	}

	@Test
	void whileFailingAnswersEveryCallWith503AndTakesNothingThenRecovers() {
		sandbox.failing(true);

		SnsException failed = catchThrowableOfType(SnsException.class, () -> sns.publish(sms("+22376000001", "x")));

		assertThat(sandbox.failing()).isTrue();
		assertThat(failed.statusCode()).isEqualTo(503);
		assertThat(failed.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailable");
		assertThat(sandbox.received()).isEmpty();
		sandbox.failing(false);
		assertThat(sns.publish(sms("+22376000001", "back")).messageId()).isNotBlank();
		assertThat(sandbox.received()).extracting(SandboxMessage::body).containsExactly("back");
	}

	@Test
	void whileThrottlingAnswersAsSnsDoesPastItsRate() {
		sandbox.throttling(true);

		SnsException throttled = catchThrowableOfType(SnsException.class, () -> sns.publish(sms("+22376000001", "x")));

		assertThat(throttled.statusCode()).isEqualTo(400);
		assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("Throttling");
		assertThat(sandbox.calls()).isEqualTo(1);
	}

	@Test
	void refusesACallWithoutASigV4Signature() throws Exception {
		String publish = "Action=Publish&Version=2010-03-31&PhoneNumber=%2B22376000001&Message=x";
		HttpResponse<String> unsigned = post(publish, null);
		HttpResponse<String> otherScheme = post(publish, "Basic c2FuZGJveDpzYW5kYm94");

		assertThat(unsigned.statusCode()).isEqualTo(403);
		assertThat(unsigned.body()).contains("<Code>MissingAuthenticationToken</Code>");
		assertThat(otherScheme.statusCode()).isEqualTo(400);
		assertThat(otherScheme.body()).contains("<Code>IncompleteSignature</Code>");
		assertThat(sandbox.received()).isEmpty();
	}

	@Test
	void servesOnlyPublish() {
		FakeSnsApi.Answer answer = FakeSnsApi.answer("POST", "/", SIGNED, "Action=CreateTopic&Version=2010-03-31");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(new String(answer.xml())).contains("<Code>InvalidAction</Code>");
	}

	private HttpResponse<String> post(String form, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.endpoint() + "/"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static PublishRequest sms(String to, String text) {
		return PublishRequest.builder()
			.phoneNumber(to)
			.message(text)
			.messageAttributes(Map.of("AWS.SNS.SMS.SMSType",
					MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build(),
					FakeSnsApi.ORIGINATION_NUMBER,
					MessageAttributeValue.builder().dataType("String").stringValue("+15005550006").build()))
			.build();
	}
}
