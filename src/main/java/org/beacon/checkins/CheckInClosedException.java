package org.beacon.checkins;

import java.time.Instant;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The check-in had already ended (409): closed by staff or past its deadline. */
public class CheckInClosedException extends ErrorResponseException {

	public CheckInClosedException(UUID id, Instant ended) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Check-in " + id + " ended at " + ended + "; it takes no more answers"), null);
	}
}
