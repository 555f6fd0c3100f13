package org.beacon.platform.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One message a sandbox provider received, as it was sent: nothing in it is masked or hidden.
 *
 * @param channel {@code SMS} or {@code EMAIL}
 * @param id the provider's id, as the ledger records it: the Twilio message SID, the SNS MessageId, the email's
 * Message-ID over SMTP, SES's MessageId
 * @param to the recipients as the message names them
 * @param recipients the bare phone number or email addresses it went to (empty when unreadable)
 * @param subject the email subject; absent for SMS
 * @param body the SMS text, or the plain-text part of the email
 */
public record SandboxMessage(String channel, String id, String from, String to, List<String> recipients,
		String subject, String body, Instant receivedAt) {

	public SandboxMessage {
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
	}
}
