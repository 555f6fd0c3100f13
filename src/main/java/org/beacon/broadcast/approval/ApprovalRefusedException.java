package org.beacon.broadcast.approval;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The two-person rule refuses an approval: its author may not approve their own alert (403). */
public class ApprovalRefusedException extends ErrorResponseException {

	ApprovalRefusedException(String detail) {
		super(HttpStatus.FORBIDDEN, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		problem.setTitle("Two-person rule");
		return problem;
	}
}
