package org.beacon.platform.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Where the options of a passkey registration wait, between asking for them and sending the authenticator's answer:
 * in the HTTP session, which lives in PostgreSQL (Spring Session JDBC), so the answer may reach any API replica. Spring
 * Security 6.5's {@code PublicKeyCredentialCreationOptions} is not {@code Serializable}, so the session keeps a
 * serializable copy ({@link StoredCreationOptions}) and the options are rebuilt from it. Options older than their own
 * timeout (five minutes when they name none) are not handed out: the ceremony has ended in the browser by then.
 */
final class RegistrationOptions implements PublicKeyCredentialCreationOptionsRepository {

	static final String ATTRIBUTE = RegistrationOptions.class.getName() + ".OPTIONS";

	private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

	private final Clock clock;

	RegistrationOptions(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialCreationOptions options) {
		if (options == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(ATTRIBUTE);
			}
			return;
		}
		Duration timeout = options.getTimeout() == null ? DEFAULT_TIMEOUT : options.getTimeout();
		request.getSession().setAttribute(ATTRIBUTE,
				new Waiting(StoredCreationOptions.of(options), clock.instant().plus(timeout)));
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Waiting waiting)
				|| waiting.until().isBefore(clock.instant())) {
			return null;
		}
		return waiting.options().rebuild();
	}

	/** What the session holds: the options' copy and the instant after which they are refused. */
	record Waiting(StoredCreationOptions options, Instant until) implements Serializable {
	}
}
