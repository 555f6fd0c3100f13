package org.beacon.subscribers.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who the citizen in this browser is: the enrollment they just made (kept in the session, so the verification
 * pages know it without an id in the URL), or the one they signed in to (role CITIZEN).
 */
final class CitizenSession {

	private static final String ENROLLED = CitizenSession.class.getName() + ".enrolled";

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private CitizenSession() {
	}

	static void enrolled(HttpSession session, UUID subscriberId) {
		session.setAttribute(ENROLLED, subscriberId);
	}

	/** The signed-in citizen, else the one who enrolled in this session. */
	static Optional<UUID> current(HttpServletRequest request) {
		Optional<UUID> signedIn = signedIn();
		if (signedIn.isPresent()) {
			return signedIn;
		}
		HttpSession session = request.getSession(false);
		return session == null ? Optional.empty() : Optional.ofNullable((UUID) session.getAttribute(ENROLLED));
	}

	static Optional<UUID> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication.getAuthorities().stream()
			.noneMatch(authority -> authority.getAuthority().equals("ROLE_CITIZEN"))) {
			return Optional.empty();
		}
		return Optional.of(UUID.fromString(authentication.getName()));
	}

	/** Signs the citizen in: a new session id (an id planted earlier is worth nothing) and role CITIZEN. */
	static void signIn(UUID subscriberId, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(subscriberId.toString(), null,
				List.of(new SimpleGrantedAuthority("ROLE_CITIZEN"))));
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

	/** Forgets the citizen after they deleted their enrollment. */
	static void end(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}
}
