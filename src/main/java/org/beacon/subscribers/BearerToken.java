package org.beacon.subscribers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The management token as the API takes it: {@code Authorization: Bearer <token>}. Whether it is the enrollment's
 * own is for {@link Enrollment} to check; a call without one is answered 401 before any enrollment is looked up, so
 * the answer says nothing of the id.
 */
final class BearerToken {

	private static final String BEARER = "Bearer ";

	private BearerToken() {
	}

	/**
	 * @param authorization the request's Authorization header, or null
	 * @return the token it carries
	 * @throws ErrorResponseException 401 with a {@code WWW-Authenticate: Bearer} challenge when there is none
	 */
	static String of(String authorization) {
		if (authorization == null || !authorization.startsWith(BEARER)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					"Send the management token you received at enrollment as 'Authorization: Bearer <token>'.");
			problem.setTitle("Management token required");
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Beacon enrollment\"");
			throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null) {
				@Override
				public HttpHeaders getHeaders() {
					return headers;
				}
			};
		}
		return authorization.substring(BEARER.length()).trim();
	}
}
