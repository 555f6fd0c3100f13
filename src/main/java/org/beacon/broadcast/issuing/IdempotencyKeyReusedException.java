package org.beacon.broadcast.issuing;

import java.util.List;
import java.util.UUID;

import org.beacon.broadcast.Submission;
import org.beacon.platform.InvalidInputException.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An {@code Idempotency-Key} came back with another request than the one that first used it (422, as the IETF HTTP
 * API draft says): a client that reuses keys must not have its second alert silently taken for the first.
 */
public class IdempotencyKeyReusedException extends ErrorResponseException {

	private final UUID first;

	IdempotencyKeyReusedException(UUID first) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, problem(first), null);
		this.first = first;
	}

	/** The alert the key created first. */
	public UUID first() {
		return first;
	}

	private static ProblemDetail problem(UUID first) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
		problem.setTitle("Idempotency key reused");
		problem.setDetail("This " + Submission.HEADER + " was first sent with another request, which created alert "
				+ first + ". Send a new key for a new alert, or the first request again to read its answer.");
		problem.setProperty("errors", List.of(new Violation(Submission.HEADER,
				"was used for another request (alert " + first + ")")));
		problem.setProperty("alert", "/api/v1/alerts/" + first);
		return problem;
	}
}
