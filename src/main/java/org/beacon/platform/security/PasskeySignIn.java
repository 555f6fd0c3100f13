package org.beacon.platform.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * Makes a sign-in with a passkey behave like one with the form. Spring Security 6.5's {@code webAuthn()} builds its
 * sign-in filter ({@code POST /login/webauthn}) without the chain's session strategy and without an event publisher:
 * the session id would not change at sign-in (session fixation), the session would not be registered (so not ended when
 * an administrator changes the account's access) and no {@code InteractiveAuthenticationSuccessEvent} would reach the
 * audit log. Its configurer offers no hook for either, so both are set on the built filter.
 */
final class PasskeySignIn {

	private PasskeySignIn() {
	}

	static DefaultSecurityFilterChain complete(DefaultSecurityFilterChain chain, SessionAuthenticationStrategy sessions,
			ApplicationEventPublisher events) {
		chain.getFilters()
			.stream()
			.filter(WebAuthnAuthenticationFilter.class::isInstance)
			.map(WebAuthnAuthenticationFilter.class::cast)
			.forEach(filter -> {
				if (sessions != null) {
					filter.setSessionAuthenticationStrategy(sessions);
				}
				filter.setApplicationEventPublisher(events);
			});
		return chain;
	}
}
