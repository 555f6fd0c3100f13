package org.beacon.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an authentication attempt, without checking the password, while {@link LoginThrottle} says so: a POST of
 * the staff sign-in form (by the username posted and the address), of a second factor's code (by the account signed
 * in and the address), a request with HTTP Basic credentials (by the
 * username in them and the address) and the OpenID Connect callback (by the address: who signs in is known only once
 * the provider has answered). Other requests pass untouched.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	/** How a refused attempt is answered: pages redirect to the sign-in page, the API answers 429. */
	interface Refusal {

		void refuse(HttpServletRequest request, HttpServletResponse response, Duration retryAfter) throws IOException;
	}

	private static final String BASIC = "Basic ";

	private static final String OIDC_CALLBACK = "/login/oauth2/code/";

	/** Where a staff member whose post requires it gives a second factor (the staff module's SecondStep). */
	private static final String SECOND_STEP = "/staff/second-factor";

	private final LoginThrottle throttle;

	private final Refusal refusal;

	LoginThrottleFilter(LoginThrottle throttle, Refusal refusal) {
		this.throttle = throttle;
		this.refusal = refusal;
	}

	/** For the pages' chain: a refused sign-in goes back to the sign-in page, which says why. */
	static LoginThrottleFilter forPages(LoginThrottle throttle) {
		return new LoginThrottleFilter(throttle, (request, response, retryAfter) -> {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/staff/login?throttled");
		});
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return attempt(request).isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = throttle.refusal(attempt(request).orElseThrow().username(), request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		refusal.refuse(request, response, wait.get());
	}

	/** Who tries to authenticate with this request, if it is an attempt at all. */
	static Optional<Attempt> attempt(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("POST".equals(request.getMethod()) && "/staff/login".equals(path)) {
			return Optional.of(new Attempt(request.getParameter("username")));
		}
		if ("POST".equals(request.getMethod()) && SECOND_STEP.equals(path)) {
			// The account signed in with its password already; its code is guessed no faster than its password.
			Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
			return Optional.of(new Attempt(signedIn == null ? null : signedIn.getName()));
		}
		if (path.startsWith(OIDC_CALLBACK)) {
			return Optional.of(new Attempt(null));
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return Optional.of(new Attempt(basicUsername(authorization.substring(BASIC.length()))));
		}
		return Optional.empty();
	}

	/** The username of HTTP Basic credentials; null when they do not decode (Basic authentication refuses them). */
	private static String basicUsername(String credentials) {
		try {
			String decoded = new String(Base64.getDecoder().decode(credentials.strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** @param username the account tried, or null where it is not known yet */
	record Attempt(String username) {
	}
}
