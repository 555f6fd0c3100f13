package org.beacon.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Provider settings. The defaults point at the sandbox providers of the embedded default.
 *
 * @param mailFrom the From of alert emails (env {@code MAIL_FROM})
 * @param unsubscribeMailbox the mailto address of the List-Unsubscribe header
 * @param twilio the Twilio account and sender
 */
@Validated
@ConfigurationProperties("beacon.delivery")
public record DeliveryProperties(@NotBlank @DefaultValue("Beacon <alerts@beacon.localhost>") String mailFrom,
		@NotBlank @DefaultValue("unsubscribe@beacon.localhost") String unsubscribeMailbox,
		@Valid @DefaultValue Twilio twilio) {

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
	public record Twilio(@NotBlank @DefaultValue("ACsandbox") String accountSid,
			@NotBlank @DefaultValue("sandbox") String authToken, @NotBlank @DefaultValue("+15005550006") String from,
			String apiUrl, @NotBlank @DefaultValue("http://localhost:8080") String webhookBaseUrl,
			@DefaultValue("5000") int connectTimeoutMs, @DefaultValue("15000") int readTimeoutMs) {
	}
}
