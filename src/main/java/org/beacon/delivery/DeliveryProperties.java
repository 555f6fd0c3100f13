package org.beacon.delivery;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.beacon.subscribers.Channel;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Provider settings. The defaults point at the sandbox providers of the embedded default. Which of them a process
 * must have depends on its roles (an API process sends nothing): in the prod profile {@code RequiredSettings} names
 * those missing for the roles it runs, so they are not required here.
 *
 * @param mailFrom the From of alert emails (env {@code MAIL_FROM})
 * @param unsubscribeMailbox the mailto address of the List-Unsubscribe header
 * @param twilio the Twilio account and sender
 * @param circuit the circuit breaker in front of each provider
 * @param rate messages per second each provider accepts from Beacon, across all workers
 * @param connections provider connections one worker uses at once for a batch of jobs
 * @param attempts tries per delivery before the dead-letter topic, the batch's own included; the retries listeners
 * get one fewer, so at least 2
 * @param reports how the status webhooks hand delivery reports on
 * @param ses the Amazon SES account, the second email provider
 */
@Validated
@ConfigurationProperties("beacon.delivery")
public record DeliveryProperties(@DefaultValue("Beacon <alerts@beacon.localhost>") String mailFrom,
		@NotBlank @DefaultValue("unsubscribe@beacon.localhost") String unsubscribeMailbox,
		@Valid @DefaultValue Twilio twilio, @Valid @DefaultValue Circuit circuit, @Valid @DefaultValue Rate rate, @Valid @DefaultValue Connections connections,
		@Min(2) @DefaultValue("5") int attempts, @Valid @DefaultValue Reports reports, @Valid @DefaultValue Ses ses) {

	/**
	 * @param sendTimeout how long a status webhook waits for Kafka to take a report before it applies the report to
	 * the ledger itself; the provider waits that long for its answer at worst. At most 10 s: Twilio gives a webhook
	 * 15 s to answer, and the direct path still has its statement to run after the wait.
	 */
	public record Reports(
			@NotNull @DurationMin(millis = 1) @DurationMax(seconds = 10) @DefaultValue("PT2S") Duration sendTimeout) {
	}

	/**
	 * @param sms parallel HTTPS connections to Twilio per batch
	 * @param email parallel SMTP sessions per batch; relays often limit sessions per client, so keep it small
	 */
	public record Connections(@Min(1) @Max(256) @DefaultValue("8") int sms,
			@Min(1) @Max(64) @DefaultValue("4") int email) {

		int of(Channel channel) {
			return switch (channel) {
				case SMS -> sms;
				case EMAIL -> email;
			};
		}
	}

	/**
	 * @param smsPerSecond the Twilio sender's limit (a long code 1, a toll-free number 3, a short code 100 or more)
	 * @param emailPerSecond the SMTP relay's limit
	 */
	public record Rate(@Min(1) @DefaultValue("100") int smsPerSecond, @Min(1) @DefaultValue("100") int emailPerSecond) {
	}

	/**
	 * @param window how many recent calls the failure rate is taken over
	 * @param minimumCalls calls needed before the breaker may open
	 * @param failureRatePercent failure rate that opens it
	 * @param openFor how long it stays open before trial calls
	 * @param trialCalls trial calls while half-open
	 * @param maxWait how long a worker waits for an open breaker before counting a failed attempt
	 */
	public record Circuit(@Min(1) @DefaultValue("20") int window, @Min(1) @DefaultValue("10") int minimumCalls,
			@Min(1) @Max(100) @DefaultValue("50") int failureRatePercent,
			@NotNull @DefaultValue("PT30S") Duration openFor, @Min(1) @DefaultValue("3") int trialCalls,
			@NotNull @DefaultValue("PT60S") Duration maxWait) {
	}

	/**
	 * @param accountSid env {@code TWILIO_ACCOUNT_SID}
	 * @param authToken env {@code TWILIO_AUTH_TOKEN}
	 * @param from an E.164 sender number or a Messaging Service SID ({@code MG...}); env {@code TWILIO_FROM}
	 * @param apiUrl send the SDK's requests to this base URL instead of api.twilio.com (the sandbox, a test stub)
	 * @param webhookBaseUrl the public base URL Twilio calls back, as Twilio sees it: signatures are checked against
	 * it, and delivery reports are requested at {@code <webhookBaseUrl>/webhooks/twilio/status}
	 * @param connectTimeoutMs connection timeout of calls to Twilio
	 * @param readTimeoutMs read timeout of calls to Twilio
	 */
	public record Twilio(@DefaultValue("ACsandbox") String accountSid, @DefaultValue("sandbox") String authToken,
			@DefaultValue("+15005550006") String from,
			String apiUrl, @NotBlank @DefaultValue("http://localhost:8080") String webhookBaseUrl,
			@DefaultValue("5000") int connectTimeoutMs, @DefaultValue("15000") int readTimeoutMs) {
	}

	/**
	 * Amazon SES (API v2), called through the AWS SDK. Its beans exist only with {@code beacon.delivery.ses.enabled=true}
	 * (env {@code BEACON_DELIVERY_SES_ENABLED}) until email routing chooses between providers.
	 *
	 * @param region the AWS region of the SES account; env {@code SES_REGION}
	 * @param accessKeyId env {@code SES_ACCESS_KEY_ID}
	 * @param secretAccessKey env {@code SES_SECRET_ACCESS_KEY}
	 * @param endpoint send the SDK's requests to this base URL instead of SES's regional endpoint (the sandbox, a test
	 * stub); env {@code SES_ENDPOINT}
	 * @param configurationSet the configuration set named on every email (its event destinations publish bounces,
	 * complaints and deliveries); none when blank; env {@code SES_CONFIGURATION_SET}
	 * @param connectTimeoutMs connection timeout of calls to SES
	 * @param readTimeoutMs read timeout of calls to SES
	 */
	public record Ses(@NotBlank @DefaultValue("us-east-1") String region,
			@DefaultValue("sandbox") String accessKeyId, @DefaultValue("sandbox") String secretAccessKey,
			String endpoint, String configurationSet,
			@Min(1) @DefaultValue("5000") int connectTimeoutMs, @Min(1) @DefaultValue("15000") int readTimeoutMs) {
	}
}
