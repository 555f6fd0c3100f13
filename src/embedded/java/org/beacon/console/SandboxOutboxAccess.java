package org.beacon.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.sandbox.SandboxMessage;
import org.beacon.platform.sandbox.SandboxOutbox;
import org.beacon.platform.sandbox.TwimlText;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.beacon.subscribers.ContactPointCountries;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads what of the sandbox outbox, on the API and on the page alike. Whoever reads a verification code or a
 * sign-in link can act as the citizen it was sent to, so:
 * <ul>
 * <li>an <b>administrator</b> (ADMIN) reads every message as it was sent;</li>
 * <li>other staff read only the messages to citizens enrolled in a country of their post (every recipient of the
 * message is: its phone number or email address is held by an enrollment with a place there), with the recipients
 * masked ({@link Masking#contact}) and codes and secret links hidden ({@link OutboxRedaction}), in the subject, the
 * text and the HTML;</li>
 * <li>a message to an address or number that no enrollment holds (the citizen left or changed it, or it was never
 * enrolled) is the administrators' alone.</li>
 * </ul>
 * Administrators alone may also answer a text or a call as the person it went to ({@link Reader#answerable}).
 */
@Component
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.sandbox.enabled", havingValue = "true")
class SandboxOutboxAccess {

	/** The channel of a call the sandbox placed, whose body is its TwiML. */
	static final String CALL = "VOICE";

	private final SandboxOutbox outbox;

	private final StaffDirectory staff;

	private final ContactPointCountries countries;

	SandboxOutboxAccess(SandboxOutbox outbox, StaffDirectory staff, ContactPointCountries countries) {
		this.outbox = outbox;
		this.staff = staff;
		this.countries = countries;
	}

	/**
	 * A message as one staff member reads it.
	 *
	 * @param index for an email, its index in the outbox, which names its frame; -1 for a text message or a call
	 * @param said for a call ({@code VOICE}, whose body is its TwiML), the words it says ({@link TwimlText#said}), as
	 *     the reader may read them; null for any other message
	 * @param answerable whether this reader may answer it as the person it went to ({@link Reader#answerable})
	 * @param sent the message as it was sent, for what the reader sees of it beyond its words (an SMS's segments)
	 */
	record Shown(int index, String channel, String id, String from, String to, String subject, String body,
			String said, boolean answerable, Instant receivedAt, SandboxMessage sent) {
	}

	/** The outbox as {@code username} may read it. */
	Reader reader(String username) {
		StaffMember member = staff.find(username)
			.orElseThrow(() -> new AccessDeniedException("No staff account " + username));
		return new Reader(member.roles().contains(StaffRole.ADMIN) ? null : Set.copyOf(member.countries()));
	}

	/** What one staff member may read; {@code post} is null for an administrator, who reads everything. */
	final class Reader {

		private final Set<String> post;

		private Reader(Set<String> post) {
			this.post = post;
		}

		/** The text messages this reader may read, to whom {@code to} asks for, newest first. */
		List<Shown> textMessages(RecipientFilter to) {
			List<SandboxMessage> received = outbox.textMessages();
			return received.stream()
				.filter(readable(received))
				.filter(message -> to.matches(message.recipients()))
				.map(message -> show(-1, message))
				.sorted(Comparator.comparing(Shown::receivedAt).reversed())
				.toList();
		}

		/** The emails this reader may read, to whom {@code to} asks for, newest first. */
		List<Shown> emails(RecipientFilter to) {
			List<SandboxMessage> received = outbox.emails();
			Predicate<SandboxMessage> readable = readable(received);
			List<Shown> shown = new ArrayList<>();
			for (int i = received.size() - 1; i >= 0; i--) {
				if (readable.test(received.get(i)) && to.matches(received.get(i).recipients())) {
					shown.add(show(i, received.get(i)));
				}
			}
			return shown;
		}

		/**
		 * What the frame of the email at {@code index} shows ({@link EmailFrame}): its HTML part, or else its plain
		 * text, escaped; for staff other than administrators with codes and secret links hidden. Empty when there is no
		 * such email or this reader may not read it.
		 */
		Optional<String> emailFrame(int index) {
			List<SandboxMessage> received = outbox.emails();
			SandboxMessage email = index < 0 || index >= received.size() ? null : received.get(index);
			if (email == null || !readable(List.of(email)).test(email)) {
				return Optional.empty();
			}
			return Optional.of(outbox.emailHtml(index)
				.map(this::shown)
				.orElseGet(() -> EmailFrame.ofText(shown(email.subject()), shown(email.body()))));
		}

		/** Whether this reader may answer messages as the person they went to: administrators only. */
		boolean answers() {
			return post == null;
		}

		/**
		 * The text message or call of this id, when this reader may answer it as the person it went to: reply to a
		 * text Twilio took, press a key in a call. Only administrators may, as only they read codes and links: whoever
		 * answers for a citizen speaks for them, which other staff must not ({@link OutboxRedaction} hides a
		 * check-in's answer links from them for that reason).
		 */
		Optional<SandboxMessage> answerable(String id) {
			if (!answers() || id == null) {
				return Optional.empty();
			}
			return outbox.textMessages().stream().filter(message -> id.equals(message.id())).findFirst()
				.filter(this::answerable);
		}

		private boolean answerable(SandboxMessage message) {
			return answers() && (CALL.equals(message.channel()) || outbox.answerable(message));
		}

		/** Which of {@code messages} this reader may read: one look-up of their recipients' countries for them all. */
		private Predicate<SandboxMessage> readable(List<SandboxMessage> messages) {
			if (post == null) {
				return message -> true;
			}
			Set<String> recipients = messages.stream()
				.flatMap(message -> message.recipients().stream())
				.collect(Collectors.toSet());
			Map<String, Set<String>> where = countries.of(recipients);
			return message -> !message.recipients().isEmpty() && message.recipients()
				.stream()
				.allMatch(recipient -> where.getOrDefault(recipient, Set.of()).stream().anyMatch(post::contains));
		}

		private Shown show(int index, SandboxMessage message) {
			String to = post == null ? message.to()
					: message.recipients().stream().map(Masking::contact).collect(Collectors.joining(", "));
			String said = CALL.equals(message.channel()) ? shown(String.join(" ", TwimlText.said(message.body())))
					: null;
			return new Shown(index, message.channel(), message.id(), message.from(), to, shown(message.subject()),
					shown(message.body()), said, answerable(message), message.receivedAt(), message);
		}

		/** A text of a message as this reader sees it: as sent for an administrator, else with its secrets hidden. */
		private String shown(String text) {
			return post == null ? text : OutboxRedaction.redact(text);
		}
	}
}
