package org.beacon.console;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beacon.broadcast.SmsText;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.platform.sandbox.ProviderSwitch;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sandbox outbox (embedded default only): what the sandbox providers received, newest first — SMS as a phone
 * shows them, with their encoding and segments, and emails in a sandboxed frame — or one recipient's alone. Each
 * staff member reads it as {@link SandboxOutboxAccess} lets them, frames included: an administrator everything as
 * sent, other staff the messages to their post's citizens, recipients masked and codes and secret links hidden.
 * Administrators also find the providers' failing switches here ({@link SandboxProviders}), and may play the citizen:
 * reply to a text, press a key in a call ({@link SandboxCitizen}).
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.sandbox.enabled", havingValue = "true")
class SandboxOutboxPage {

	/**
	 * The email's own HTML is served on its own with a policy that lets it run nothing and load nothing but inline
	 * styles and data images, in a sandbox, framed only by Beacon's page.
	 */
	static final String EMAIL_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'self'; sandbox";

	private static final int SHOWN = 50;

	private final SandboxOutboxAccess access;

	private final SandboxProviders providers;

	private final SandboxCitizen citizen;

	SandboxOutboxPage(SandboxOutboxAccess access, SandboxProviders providers, SandboxCitizen citizen) {
		this.access = access;
		this.providers = providers;
		this.citizen = citizen;
	}

	/**
	 * A text message or a call as the page shows it. A text's encoding and segments are those of the text as sent; a
	 * call shows what it says, never its TwiML.
	 *
	 * @param call whether it is a call the sandbox placed
	 * @param answerable whether the reader may answer it as the phone it went to ({@link SandboxCitizen})
	 */
	record Sms(String id, boolean call, String to, String from, String body, String encoding, int segments,
			boolean answerable, Instant receivedAt) {
	}

	/** An email as the page shows it: {@code index} names its frame. */
	record Email(int index, String to, String from, String subject, String text, Instant receivedAt) {
	}

	/**
	 * The outbox, or the messages of one recipient typed in full ({@link RecipientFilter}) in {@code to}. What is not
	 * a whole email address or phone number is explained beside the field, and shows no message.
	 */
	@GetMapping("/staff/sandbox")
	String outbox(@RequestParam(required = false) String to, Principal principal, Model model) {
		Optional<RecipientFilter> recipient = RecipientFilter.of(to);
		model.addAttribute("to", to == null ? "" : to.strip());
		model.addAttribute("toError", recipient.isEmpty());
		model.addAttribute("filtered", recipient.isPresent() && !recipient.get().anyone());
		List<SandboxOutboxAccess.Shown> texts = List.of();
		List<SandboxOutboxAccess.Shown> emails = List.of();
		if (recipient.isPresent()) {
			SandboxOutboxAccess.Reader reader = access.reader(principal.getName());
			texts = reader.textMessages(recipient.get());
			emails = reader.emails(recipient.get());
		}
		model.addAttribute("found", texts.size() + emails.size());
		List<Sms> shown = texts.stream().limit(SHOWN).map(SandboxOutboxPage::sms).toList();
		model.addAttribute("sms", shown);
		// The last turn of the citizen played shows beside its message, or above them all when it is not shown.
		SandboxCitizen.Turn turn = (SandboxCitizen.Turn) model.getAttribute("turn");
		model.addAttribute("turnApart",
				turn != null && shown.stream().noneMatch(sms -> sms.id().equals(turn.messageId())));
		model.addAttribute("emails", emails.stream().limit(SHOWN).map(SandboxOutboxPage::email).toList());
		// Shown to administrators alone (the template asks), who alone may flip them (the security configuration).
		model.addAttribute("providers", providers.all());
		return "staff/sandbox";
	}

	/** Makes a provider fail or answer again (administrators), then shows the outbox with what changed. */
	@PostMapping("/staff/sandbox/providers/{provider}")
	String failing(@PathVariable String provider, @RequestParam boolean failing, Principal admin,
			RedirectAttributes redirect) {
		ProviderSwitch changed = providers.failing(provider, failing, admin.getName());
		redirect.addFlashAttribute("switched", changed);
		return "redirect:/staff/sandbox#providers";
	}

	/**
	 * Replies to a text message as the phone it went to (administrators), then shows the outbox as it was filtered,
	 * with Beacon's answer beside the message, or why nothing was sent.
	 */
	@PostMapping("/staff/sandbox/citizen/texts/{id}/reply")
	String reply(@PathVariable String id, @RequestParam(required = false) String body,
			@RequestParam(required = false) String to, Principal admin, RedirectAttributes redirect) {
		return shown(citizen.reply(admin.getName(), id, body), to, redirect);
	}

	/** Presses a key in a call as the phone it went to (administrators), then shows what Beacon said back. */
	@PostMapping("/staff/sandbox/citizen/calls/{id}/press")
	String press(@PathVariable String id, @RequestParam(required = false) String key,
			@RequestParam(required = false) String to, Principal admin, RedirectAttributes redirect) {
		return shown(citizen.press(admin.getName(), id, key), to, redirect);
	}

	private static String shown(SandboxCitizen.Turn turn, String to, RedirectAttributes redirect) {
		redirect.addFlashAttribute("turn", turn);
		// Values as URI variables are encoded strictly: a "+" of the number typed stays a "+", not a space.
		UriComponentsBuilder outbox = UriComponentsBuilder.fromPath("/staff/sandbox");
		Map<String, String> values = new HashMap<>(Map.of("message", "message-" + turn.messageId()));
		if (to != null && !to.isBlank()) {
			outbox.queryParam("to", "{to}");
			values.put("to", to.strip());
		}
		return "redirect:" + outbox.fragment("{message}").encode().buildAndExpand(values).toUriString();
	}

	private static Sms sms(SandboxOutboxAccess.Shown message) {
		boolean call = SandboxOutboxAccess.CALL.equals(message.channel());
		SmsText sent = SmsText.of(message.sent().body() == null || call ? "" : message.sent().body());
		return new Sms(message.id(), call, message.to(), message.from(), call ? message.said() : message.body(),
				sent.encoding(), sent.segments(), message.answerable(), message.receivedAt());
	}

	private static Email email(SandboxOutboxAccess.Shown message) {
		return new Email(message.index(), message.to(), message.from(), message.subject(), message.body(),
				message.receivedAt());
	}

	/**
	 * The frame of an email the staff member may read ({@link EmailFrame}: its HTML, or its plain text escaped); 404
	 * for any other, as for one that does not exist.
	 */
	@GetMapping("/staff/sandbox/emails/{index}")
	ResponseEntity<String> email(@PathVariable int index, Principal principal) {
		return access.reader(principal.getName())
			.emailFrame(index)
			.map(html -> ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noStore())
				.header("Content-Security-Policy", EMAIL_POLICY)
				.header("X-Frame-Options", "SAMEORIGIN")
				.body(html))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
	}
}
