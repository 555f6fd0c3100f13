package org.beacon.console;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.sandbox.SandboxMessage;
import org.beacon.platform.sandbox.SandboxOutbox;
import org.beacon.platform.sandbox.TwimlText;
import org.beacon.platform.sandbox.WebhookAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A staff member plays the citizen on the embedded default: replies to a text the sandbox took, or presses a key in a
 * call it placed, which the sandbox brings Beacon signed, as Twilio would; Beacon's answer comes back as the citizen
 * would read or hear it. Only who {@link SandboxOutboxAccess} lets answer a message may (administrators). Each answer
 * is logged with who gave it and the phone masked, never the words typed. The sandbox posts to Beacon's own webhook
 * and waits for its answer: no transaction is open here, so none is held across that call.
 */
@Component
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.sandbox.enabled", havingValue = "true")
class SandboxCitizen {

	/** The longest text Twilio takes in one message (its Body limit), which a reply may be. */
	static final int LONGEST_REPLY = 1600;

	private static final Pattern KEY = Pattern.compile("[0-9*#]");

	private static final Logger log = LoggerFactory.getLogger(SandboxCitizen.class);

	private final SandboxOutboxAccess access;

	private final SandboxOutbox outbox;

	SandboxCitizen(SandboxOutboxAccess access, SandboxOutbox outbox) {
		this.access = access;
		this.outbox = outbox;
	}

	/**
	 * One turn of the citizen played: what they sent and what Beacon answered, or why nothing was sent.
	 *
	 * @param messageId the text or call answered
	 * @param call whether it was a call (a key pressed) rather than a text (a reply)
	 * @param sent the reply typed or the key pressed
	 * @param answer what Beacon sent back to the phone (the {@code <Message>}) or said in the call (the
	 *     {@code <Say>}); empty when nothing, or when nothing was sent
	 * @param error the message key of why nothing was sent or Beacon refused it; null when it was taken
	 * @param status Beacon's HTTP status when it refused it; 0 otherwise
	 */
	// Serializable: it is flashed across a redirect, and so stored with the session in PostgreSQL.
	record Turn(String messageId, boolean call, String sent, List<String> answer, String error, int status)
			implements java.io.Serializable {

		static Turn refused(String messageId, boolean call, String sent, String error) {
			return new Turn(messageId, call, sent, List.of(), error, 0);
		}
	}

	/** Replies to the text message {@code messageId} as the phone it went to. */
	Turn reply(String username, String messageId, String text) {
		String typed = text == null ? "" : text;
		if (typed.isBlank()) {
			return Turn.refused(messageId, false, typed, "watch.sandbox.reply.empty");
		}
		if (typed.length() > LONGEST_REPLY) {
			return Turn.refused(messageId, false, typed, "watch.sandbox.reply.long");
		}
		return answer(username, messageId, false, typed);
	}

	/** Presses {@code key} in the call {@code callId} as the phone it went to. */
	Turn press(String username, String callId, String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			return Turn.refused(callId, true, "", "watch.sandbox.call.invalidKey");
		}
		return answer(username, callId, true, key);
	}

	private Turn answer(String username, String id, boolean call, String sent) {
		SandboxOutboxAccess.Reader reader = access.reader(username);
		if (!reader.answers()) {
			throw new AccessDeniedException(username + " may not answer as a citizen");
		}
		SandboxMessage message = reader.answerable(id).orElse(null);
		if (message == null || call != SandboxOutboxAccess.CALL.equals(message.channel())) {
			return Turn.refused(id, call, sent, "watch.sandbox.citizen.unknown");
		}
		try {
			WebhookAnswer answer = call ? outbox.press(id, sent) : outbox.reply(id, sent);
			log.info("{} {} in the sandbox as {}: Beacon answered HTTP {}", username,
					call ? "pressed a key in call " + id : "replied to text " + id, Masking.phone(message.to()),
					answer.status());
			if (!answer.taken()) {
				return new Turn(id, call, sent, List.of(), "watch.sandbox.citizen.refused", answer.status());
			}
			return new Turn(id, call, sent, call ? TwimlText.said(answer.twiml()) : TwimlText.messages(answer.twiml()),
					null, 0);
		}
		catch (IllegalArgumentException gone) {
			// The sandbox no longer keeps it (it keeps the latest only), or the call gathers no key.
			return Turn.refused(id, call, sent, "watch.sandbox.citizen.unknown");
		}
		catch (IOException unreachable) {
			log.warn("The sandbox could not reach Beacon's Twilio webhooks: {}", unreachable.toString());
			return Turn.refused(id, call, sent, "watch.sandbox.citizen.unreachable");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Turn.refused(id, call, sent, "watch.sandbox.citizen.unreachable");
		}
	}
}
