package org.beacon.platform.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sandbox outbox (embedded default only): what the sandbox providers received, newest first — SMS as a phone
 * shows them, with their encoding and segments, and emails with their HTML in a sandboxed frame. Recipients are
 * masked: staff never see citizens' contact details, even made-up ones.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.sandbox.enabled", havingValue = "true")
class SandboxPage {

	/**
	 * The email's own HTML is served on its own with a policy that lets it run nothing and load nothing but inline
	 * styles and data images, in a sandbox, framed only by Beacon's page.
	 */
	static final String EMAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'self'; sandbox";

	private static final int SHOWN = 50;

	private final SmtpSandbox smtp;

	private final TwilioSandbox twilio;

	SandboxPage(SmtpSandbox smtp, TwilioSandbox twilio) {
		this.smtp = smtp;
		this.twilio = twilio;
	}

	/** An SMS as the page shows it; the recipient masked. */
	record Sms(String to, String from, String body, String encoding, int segments, java.time.Instant receivedAt) {
	}

	/** An email as the page shows it: {@code index} names its HTML. */
	record Email(int index, String to, String from, String subject, String text, java.time.Instant receivedAt) {
	}

	@GetMapping("/staff/sandbox")
	String outbox(Model model) {
		List<Sms> sms = twilio.received().stream()
			.sorted(Comparator.comparing(SandboxMessage::receivedAt).reversed())
			.limit(SHOWN)
			.map(message -> {
				SmsSegments segments = SmsSegments.of(message.body() == null ? "" : message.body());
				return new Sms(Masking.contact(message.to()), message.from(), message.body(), segments.encoding(),
						segments.count(), message.receivedAt());
			})
			.toList();
		List<SandboxMessage> received = smtp.received();
		List<Email> emails = new ArrayList<>();
		for (int i = received.size() - 1; i >= 0 && emails.size() < SHOWN; i--) {
			SandboxMessage message = received.get(i);
			emails.add(new Email(i, message.to() == null ? null : Masking.contact(message.to()), message.from(),
					message.subject(), message.body(), message.receivedAt()));
		}
		model.addAttribute("sms", sms);
		model.addAttribute("emails", emails);
		return "staff/sandbox";
	}

	@GetMapping("/staff/sandbox/emails/{index}")
	ResponseEntity<String> email(@PathVariable int index) {
		return smtp.html(index)
			.map(html -> ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noStore())
				.header("Content-Security-Policy", EMAIL_POLICY)
				.header("X-Frame-Options", "SAMEORIGIN")
				.body(html))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}
}
