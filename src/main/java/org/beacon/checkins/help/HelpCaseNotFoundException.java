package org.beacon.checkins.help;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No help case of this citizen in this check-in for this staff member (404): they never said they need help, or they
 * are not enrolled in the countries of the staff member's post. Both answer alike.
 */
public class HelpCaseNotFoundException extends ErrorResponseException {

	public HelpCaseNotFoundException(UUID checkInId, UUID subscriberId) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No help case of citizen " + subscriberId + " in check-in " + checkInId
						+ " for the countries of your post"), null);
	}
}
