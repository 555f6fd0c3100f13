package org.beacon.staff.signin;

import java.time.Clock;

import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.staff.accounts.StaffAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.stereotype.Component;

/**
 * Records staff signing in to and out of the console. Only interactive sign-ins count (the login form, a passkey, OIDC): the
 * REST API authenticates every request, which is not an action. Citizens' sign-ins are not staff actions either.
 */
@Component
class SignInAudit {

	private final StaffAccounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInAudit(StaffAccounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A sign-in with a passkey says so in the row's detail. */
	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		boolean passkey = event.getAuthentication() instanceof WebAuthnAuthentication;
		record(event.getAuthentication(), StaffAction.SIGN_IN, passkey ? "passkey" : null);
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		record(event.getAuthentication(), StaffAction.SIGN_OUT, null);
	}

	private void record(Authentication authentication, StaffAction action, String detail) {
		if (authentication == null || accounts.findCredentials(authentication.getName()).isEmpty()) {
			return;
		}
		boolean staff = authentication.getAuthorities().stream()
			.anyMatch(authority -> authority.getAuthority().matches("ROLE_(OFFICER|APPROVER|ADMIN)"));
		if (staff) {
			events.publishEvent(StaffActed.by(authentication.getName(), action, detail, clock));
		}
	}
}
