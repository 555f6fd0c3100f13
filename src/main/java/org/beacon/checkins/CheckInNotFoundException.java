package org.beacon.checkins;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such check-in for this staff member (404): it does not exist, or their post covers none of its countries. Both
 * answer alike, so that staff of one post cannot learn which check-ins another post started.
 */
public class CheckInNotFoundException extends ErrorResponseException {

	public CheckInNotFoundException(UUID id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No check-in " + id + " for the countries of your post"), null);
	}
}
