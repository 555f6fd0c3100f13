package org.beacon.platform.sandbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sandbox providers of the embedded default: an SMTP server that Jakarta Mail really sends to, and Twilio- and
 * look-alikes of Twilio, Amazon SNS and Amazon SES: HTTP endpoints that the real Twilio SDK and AWS SDK are routed to. Nothing reaches a real phone or
 * mailbox.
 *
 * @param enabled start the sandbox providers (off in the {@code prod} profile)
 * @param smtpPort port of the sandbox SMTP server
 * @param twilioPort port of the Twilio-compatible endpoint
 * @param snsPort port of the SNS-compatible endpoint
 * @param capacity how many received messages the sandbox keeps in memory per provider
 * @param sesPort port of the SES-compatible endpoint
 */
@Validated
@ConfigurationProperties("beacon.sandbox")
public record SandboxProperties(@DefaultValue("true") boolean enabled,
		@Min(1) @Max(65535) @DefaultValue("2525") int smtpPort,
		@Min(1) @Max(65535) @DefaultValue("18089") int twilioPort,
		@Min(1) @Max(65535) @DefaultValue("18090") int snsPort,
		@Min(1) @DefaultValue("10000") int capacity,
		@Min(1) @Max(65535) @DefaultValue("18091") int sesPort) {
}
