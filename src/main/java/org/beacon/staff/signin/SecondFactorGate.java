package org.beacon.staff.signin;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.staff.accounts.SecondFactorPolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Holds a staff member who signed in with a password alone, where their post requires a second factor: until they
 * give a code of their authenticator app or a recovery code ({@link SecondStep}), every staff page sends them to that
 * step, and the API and CAP import refuse them with 403: HTTP Basic cannot carry a second factor. One who has no
 * second factor yet (no app, no passkey) may open their own account page and set one up; one who has may not add
 * another before giving it, so a password alone never yields a factor of its own. A passkey sign-in counts as both factors, and a single
 * sign-on as the identity provider's (its own policy applies). It runs after Spring Security's filters, on what
 * they authenticated.
 */
@Component
@ConditionalOnRole(Role.API)
class SecondFactorGate extends OncePerRequestFilter {

	private static final Set<String> STAFF_ROLES = Set.of("ROLE_OFFICER", "ROLE_APPROVER", "ROLE_ADMIN", "ROLE_CRISIS");

	/** Where an account held at the step may still go: the step, and out. */
	private static final List<String> OPEN = List.of(SecondStep.PAGE, "/staff/logout", "/staff/login");

	/** Where a second factor is set up: open to a held account that has none yet. */
	private static final List<String> ENROLMENT = List.of("/staff/account", "/webauthn/register");

	private static final List<String> HELD = List.of("/staff", "/api/", "/cap/", "/webauthn/register");

	private final SecondFactorPolicy policy;

	private final SecondFactors factors;

	private final Passkeys passkeys;

	private final ObjectMapper json;

	SecondFactorGate(SecondFactorPolicy policy, SecondFactors factors, Passkeys passkeys, ObjectMapper json) {
		this.policy = policy;
		this.factors = factors;
		this.passkeys = passkeys;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return HELD.stream().noneMatch(path::startsWith)
				|| under(path, OPEN) || passwordSignedStaff() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = passwordSignedStaff().getName();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (SecondStep.isPassed(request, username) || !policy.requiredFor(username)
				|| under(path, ENROLMENT) && !hasSecondFactor(username)) {
			chain.doFilter(request, response);
			return;
		}
		if (path.startsWith("/staff")) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + SecondStep.PAGE);
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "The post of this account "
				+ "requires a second factor, which HTTP Basic cannot carry: sign in on Beacon's pages with a passkey, "
				+ "or with the password and a code of the authenticator app.");
		problem.setTitle("Second factor required");
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	private boolean hasSecondFactor(String username) {
		return factors.totpEnabled(username) || !passkeys.of(username).isEmpty();
	}

	private static boolean under(String path, List<String> roots) {
		return roots.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
	}

	/** The staff member authenticated by a password (form or HTTP Basic) on this request, or null. */
	private static Authentication passwordSignedStaff() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated()
				&& authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
					.anyMatch(STAFF_ROLES::contains)) {
			return authentication;
		}
		return null;
	}
}
