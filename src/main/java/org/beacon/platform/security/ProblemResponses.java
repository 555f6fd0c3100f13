package org.beacon.platform.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers 401, 403 and the security filters' refusals with problem+json bodies, like every other error of the API.
 * Programs are challenged for HTTP Basic; browsers are not (see {@link #commence}).
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		// A Basic challenge makes a browser ask for a password and then send it with every request to Beacon, any
		// other site's included: browsers (which say so with Sec-Fetch-Mode) get a challenge they do not prompt for.
		boolean browser = request.getHeader("Sec-Fetch-Mode") != null;
		response.setHeader("WWW-Authenticate", (browser ? "Beacon-Staff" : "Basic") + " realm=\"Beacon staff\"");
		write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
				"Sign in with a staff account to use this operation.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your staff role does not allow this operation.");
	}

	/** Answers 429 to an authentication attempt refused by the throttle, saying when to try again. */
	void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
			throws IOException {
		long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
				"Too many failed sign-ins for this account or from this address: try again in " + seconds
						+ " seconds.");
	}

	/** Answers a refused request with a problem of this status. */
	void refuse(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		write(response, status, title, detail);
	}

	private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}
}
