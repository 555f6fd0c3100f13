package org.beacon.console;

import java.security.Principal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Shows staff what the sandbox providers received, newest first, as {@link SandboxOutboxAccess} lets each read it.
 * Exists only on the embedded default.
 */
@RestController
@RequestMapping("/api/v1/sandbox")
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.sandbox.enabled", havingValue = "true")
@Tag(name = "Sandbox", description = "What the sandbox SMS and email providers received (embedded default only)")
@SecurityRequirement(name = "staff")
class SandboxOutboxController {

	static final String INVALID_TO = "must be a whole email address or phone number, such as name@example.com or "
			+ "+33 6 12 34 56 78";

	private final SandboxOutboxAccess access;

	SandboxOutboxController(SandboxOutboxAccess access) {
		this.access = access;
	}

	/**
	 * One message a sandbox provider received, as the caller may read it.
	 *
	 * @param channel {@code SMS} or {@code EMAIL}
	 * @param id the provider's id: the Twilio message SID, or the email's Message-ID
	 * @param to the recipient: in full for an administrator, masked for other staff
	 * @param subject the email subject; absent for SMS
	 * @param body the SMS text, or the plain-text part of the email; for staff other than administrators with
	 *     verification codes and secret links replaced by "[code hidden]" and "[link hidden]"
	 */
	record OutboxMessage(String channel, String id, String from, String to, String subject, String body,
			Instant receivedAt) {

		static OutboxMessage of(SandboxOutboxAccess.Shown shown) {
			return new OutboxMessage(shown.channel(), shown.id(), shown.from(), shown.to(), shown.subject(),
					shown.body(), shown.receivedAt());
		}
	}

	@GetMapping("/messages")
	@Operation(summary = "List messages the sandbox providers received, newest first, optionally for one channel or "
			+ "one recipient", description = """
					An administrator (ADMIN) reads every message as it was sent: recipients, verification codes and \
					sign-in, verification and unsubscribe links in full. Other staff read only the messages to \
					citizens enrolled in a country of their post, with the recipient masked (+223******56, \
					a***@example.org) and codes and secret links replaced by "[code hidden]" and "[link hidden]". \
					A message to a phone number or address that no enrollment holds (erased, changed) is the \
					administrators' alone. The recipient filter `to` takes a whole email address or phone number; \
					anything else is refused (400, naming `to`).""")
	List<OutboxMessage> messages(
			@Parameter(description = "SMS or EMAIL") @RequestParam(required = false) String channel,
			@Parameter(description = "One recipient, typed in full: an email address (any case) or a phone number in "
					+ "any common format (+223 76 12 34 56, 00223 76 12 34 56, or national: 76 12 34 56). It matches "
					+ "the real recipient, for every caller; recipients are still shown masked to staff other than "
					+ "administrators. A part of an address or number matches nothing.", example = "amadou@example.org")
			@RequestParam(required = false) String to, Principal staff) {
		RecipientFilter recipient = RecipientFilter.of(to).orElseThrow(() -> new InvalidInputException("to", INVALID_TO));
		SandboxOutboxAccess.Reader reader = access.reader(staff.getName());
		return Stream.concat(wanted("SMS", channel) ? reader.textMessages(recipient).stream() : Stream.empty(),
				wanted("EMAIL", channel) ? reader.emails(recipient).stream() : Stream.empty())
			.sorted(Comparator.comparing(SandboxOutboxAccess.Shown::receivedAt).reversed())
			.map(OutboxMessage::of)
			.toList();
	}

	private static boolean wanted(String channel, String asked) {
		return asked == null || channel.equalsIgnoreCase(asked);
	}
}
