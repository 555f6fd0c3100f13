package org.beacon.subscribers;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No enrollment matches the id and token; the two cases are not told apart, so ids cannot be probed. */
class EnrollmentNotFoundException extends ErrorResponseException {

	EnrollmentNotFoundException() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No enrollment matches this id and management token.");
		problem.setTitle("Enrollment not found");
		return problem;
	}
}
