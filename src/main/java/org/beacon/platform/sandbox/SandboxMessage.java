package org.beacon.platform.sandbox;

import java.time.Instant;

/**
 * One message a sandbox provider received.
 *
 * @param channel {@code SMS} or {@code EMAIL}
 * @param id the provider's id: the Twilio message SID, or the email's Message-ID
 * @param subject the email subject; absent for SMS
 * @param body the SMS text, or the plain-text part of the email
 */
public record SandboxMessage(String channel, String id, String from, String to, String subject, String body,
		Instant receivedAt) {
}
