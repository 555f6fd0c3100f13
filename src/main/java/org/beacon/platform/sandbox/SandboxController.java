package org.beacon.platform.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Shows staff what the sandbox providers received, newest first. Exists only on the embedded default. */
@RestController
@RequestMapping("/api/v1/sandbox")
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.sandbox.enabled", havingValue = "true")
@Tag(name = "Sandbox", description = "What the sandbox SMS and email providers received (embedded default only)")
class SandboxController {

	private final SmtpSandbox smtp;

	private final TwilioSandbox twilio;

	SandboxController(SmtpSandbox smtp, TwilioSandbox twilio) {
		this.smtp = smtp;
		this.twilio = twilio;
	}

	@GetMapping("/messages")
	@Operation(summary = "List messages the sandbox providers received, optionally for one channel or recipient")
	List<SandboxMessage> messages(@RequestParam(required = false) String channel,
			@RequestParam(required = false) String to) {
		return Stream.concat(twilio.received().stream(), smtp.received().stream())
			.filter(message -> channel == null || message.channel().equalsIgnoreCase(channel))
			.filter(message -> to == null || (message.to() != null && message.to().contains(to)))
			.sorted(Comparator.comparing(SandboxMessage::receivedAt).reversed())
			.toList();
	}
}
