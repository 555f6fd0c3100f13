package org.beacon.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
 * @param routing which providers each channel sends through, in order, with their shares of the traffic
 * @param rate messages per second each provider accepts from Beacon, across all workers
 * @param connections provider connections one worker uses at once for a batch of jobs
 * @param attempts tries per delivery before the dead-letter topic, the batch's own included; the retries listeners
 * get one fewer, so at least 2
 * @param reports how the status webhooks hand delivery reports on
 * @param sns the Amazon SNS account and sender, the second SMS provider
 * @param ses the Amazon SES account, the second email provider
 */
@Validated
@ConfigurationProperties("beacon.delivery")
public record DeliveryProperties(@DefaultValue("Beacon <alerts@beacon.localhost>") String mailFrom,
		@NotBlank @DefaultValue("unsubscribe@beacon.localhost") String unsubscribeMailbox,
		@Valid @DefaultValue Twilio twilio, @Valid @DefaultValue Routing routing, @Valid @DefaultValue Circuit circuit,
		@Valid @DefaultValue Rate rate, @Valid @DefaultValue Connections connections,
		@Min(2) @DefaultValue("5") int attempts, @Valid @DefaultValue Reports reports, @Valid @DefaultValue Sns sns,
		@Valid @DefaultValue Ses ses) {

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
	 * @param voice parallel calls placed per batch (check-in escalation)
	 */
	public record Connections(@Min(1) @Max(256) @DefaultValue("8") int sms,
			@Min(1) @Max(64) @DefaultValue("4") int email, @Min(1) @Max(64) @DefaultValue("4") int voice) {

		int of(Channel channel) {
			return switch (channel) {
				case SMS -> sms;
				case EMAIL -> email;
				case VOICE -> voice;
			};
		}
	}

	/**
	 * @param defaultPerSecond the limit of a provider not named in {@code perSecond}
	 * @param perSecond the limit of each provider, by name (env e.g. {@code BEACON_DELIVERY_RATE_PERSECOND_TWILIO}):
	 * a Twilio long code sends 1 per second, a toll-free number 3, a short code 100 or more; SNS and SES accounts have
	 * their own quotas
	 */
	public record Rate(@Min(1) @DefaultValue("100") int defaultPerSecond, Map<String, @Min(1) Integer> perSecond) {

		public Rate {
			perSecond = perSecond == null ? Map.of() : Map.copyOf(perSecond);
		}

		int of(String provider) {
			return perSecond.getOrDefault(provider, defaultPerSecond);
		}
	}

	/**
	 * Each channel's providers, in order of preference, each as {@code name:weight} (env
	 * {@code BEACON_DELIVERY_ROUTING_SMS=twilio:100,sns:0}). Traffic is shared by weight among the providers whose
	 * circuit is not open; when none with a weight is up, it all goes to the first one up in the list, whatever its
	 * weight: a provider of weight 0 is a standby.
	 *
	 * @param sms the SMS providers
	 * @param email the email providers
	 * @param voice the providers that place calls (a check-in's last wave): Twilio Programmable Voice, under its own
	 * name so that its circuit is not the SMS one
	 */
	public record Routing(@NotEmpty @DefaultValue({ "twilio:100", "sns:0" }) List<@Pattern(regexp = ROUTE) String> sms,
			@NotEmpty @DefaultValue({ "smtp:100", "ses:0" }) List<@Pattern(regexp = ROUTE) String> email,
			@NotEmpty @DefaultValue("twilio-voice:100") List<@Pattern(regexp = ROUTE) String> voice) {

		/** A provider's name, a colon and its weight from 0 to 1000. */
		static final String ROUTE = "[a-z][a-z0-9-]*:(0|[1-9]\\d{0,2}|1000)";

		List<String> of(Channel channel) {
			return switch (channel) {
				case SMS -> sms;
				case EMAIL -> email;
				case VOICE -> voice;
			};
		}
	}

	/**
	 * @param window how many recent calls the failure rate is taken over
	 * @param minimumCalls calls needed before the breaker may open
	 * @param failureRatePercent failure rate that opens it
	 * @param openFor how long it stays open before trial calls
	 * @param trialCalls trial calls while half-open
	 * @param maxWait how long a worker waits for every provider of a channel to be down before counting a failed
	 * attempt
	 * @param slowMessage a message that takes the provider longer than this is slow
	 * @param slowRatePercent the rate of slow calls that opens the breaker too: a provider that takes ten seconds a
	 * message is as good as down in a crisis
	 */
	public record Circuit(@Min(1) @DefaultValue("20") int window, @Min(1) @DefaultValue("10") int minimumCalls,
			@Min(1) @Max(100) @DefaultValue("50") int failureRatePercent,
			@NotNull @DefaultValue("PT30S") Duration openFor, @Min(1) @DefaultValue("3") int trialCalls,
			@NotNull @DefaultValue("PT60S") Duration maxWait,
			@NotNull @DurationMin(millis = 1) @DefaultValue("PT5S") Duration slowMessage,
			@Min(1) @Max(100) @DefaultValue("80") int slowRatePercent) {
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
	 * @param callerId the E.164 number check-in calls come from (env {@code TWILIO_CALLER_ID}); when blank, {@code from}
	 * when that is a number (a Messaging Service cannot place calls)
	 */
	public record Twilio(@DefaultValue("ACsandbox") String accountSid, @DefaultValue("sandbox") String authToken,
			@DefaultValue("+15005550006") String from,
			String apiUrl, @NotBlank @DefaultValue("http://localhost:8080") String webhookBaseUrl,
			@DefaultValue("5000") int connectTimeoutMs, @DefaultValue("15000") int readTimeoutMs, String callerId) {

		/** The number calls come from; null when none is configured. */
		public String caller() {
			if (callerId != null && !callerId.isBlank()) {
				return callerId;
			}
			return from != null && from.startsWith("+") ? from : null;
		}
	}

	/**
	 * Amazon SNS, the second SMS provider ({@code sns} in {@code routing.sms}), called through the AWS SDK.
	 *
	 * @param region the AWS region SNS is called in; env {@code AWS_REGION}
	 * @param accessKeyId env {@code SNS_ACCESS_KEY_ID}; when blank (the prod profile's default), the AWS SDK's own
	 * credentials chain finds the credentials ({@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} with
	 * {@code AWS_SESSION_TOKEN}, a profile, the container's or instance's role)
	 * @param secretAccessKey env {@code SNS_SECRET_ACCESS_KEY}
	 * @param endpoint send the SDK's requests to this URI instead of AWS's endpoint of the region (the sandbox, a test
	 * stub); null or blank for AWS; env {@code SNS_ENDPOINT}
	 * @param senderId the alphanumeric sender ID where the destination country supports one; env {@code SNS_SENDER_ID}
	 * @param originationNumber the E.164 number or short code to send from; env {@code SNS_ORIGINATION_NUMBER}
	 * @param connectTimeoutMs connection timeout of calls to SNS
	 * @param readTimeoutMs read timeout of calls to SNS
	 */
	public record Sns(@NotBlank @DefaultValue("us-east-1") String region,
			@DefaultValue("sandbox") String accessKeyId, @DefaultValue("sandbox") String secretAccessKey,
			String endpoint, String senderId, String originationNumber,
			@Min(1) @DefaultValue("5000") int connectTimeoutMs, @Min(1) @DefaultValue("15000") int readTimeoutMs) {
	}

	/**
	 * Amazon SES (API v2), the second email provider ({@code ses} in {@code routing.email}), called through the AWS
	 * SDK.
	 *
	 * @param region the AWS region of the SES account; env {@code SES_REGION}
	 * @param accessKeyId env {@code SES_ACCESS_KEY_ID}; when blank, the AWS SDK's own credentials chain finds the
	 * credentials, as for SNS
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
