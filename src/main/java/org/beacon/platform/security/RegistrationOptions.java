package org.beacon.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Where the options of a passkey registration wait, between asking for them and sending the authenticator's answer
 * (seconds): in this process, by session id, for at most five minutes. Spring Security keeps them in the session, but
 * its {@code PublicKeyCredentialCreationOptions} is not {@code Serializable} (6.5), and sessions live in PostgreSQL
 * (Spring Session JDBC), so saving them there fails. The price: with several API replicas, both requests of one
 * registration must reach the same replica, or the registration fails and is tried again. Signing in with a passkey is
 * unaffected: its request options are serializable and stay in the session.
 */
final class RegistrationOptions implements PublicKeyCredentialCreationOptionsRepository {

	private static final Duration KEPT = Duration.ofMinutes(5);

	private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

	private final Clock clock;

	RegistrationOptions(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialCreationOptions options) {
		Instant now = clock.instant();
		waiting.values().removeIf(entry -> entry.until().isBefore(now));
		String session = request.getSession().getId();
		if (options == null) {
			waiting.remove(session);
		}
		else {
			waiting.put(session, new Waiting(options, now.plus(KEPT)));
		}
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		var session = request.getSession(false);
		Waiting entry = session == null ? null : waiting.get(session.getId());
		return entry == null || entry.until().isBefore(clock.instant()) ? null : entry.options();
	}

	private record Waiting(PublicKeyCredentialCreationOptions options, Instant until) {
	}
}
