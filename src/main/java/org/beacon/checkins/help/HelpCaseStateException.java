package org.beacon.checkins.help;

import java.util.UUID;

import org.beacon.checkins.store.HelpCaseStore.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The help case is not in a state that allows this (409): only an open case can be taken, only a taken one resolved.
 * The problem's {@code caseStatus} property says where the case stands.
 */
public class HelpCaseStateException extends ErrorResponseException {

	private final Status caseStatus;

	public HelpCaseStateException(UUID subscriberId, Status caseStatus, String why) {
		super(HttpStatus.CONFLICT, problem(subscriberId, caseStatus, why), null);
		this.caseStatus = caseStatus;
	}

	public Status caseStatus() {
		return caseStatus;
	}

	private static ProblemDetail problem(UUID subscriberId, Status caseStatus, String why) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The help case of citizen " + subscriberId + " is " + caseStatus + ": " + why);
		problem.setProperty("caseStatus", caseStatus);
		return problem;
	}
}
