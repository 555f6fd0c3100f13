package org.beacon.staff.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No staff account has this username. The web layer renders it as what it is, a 404: a problem for the API, the
 * not-found page for the pages, with the English detail "No staff account &lt;username&gt;".
 */
public class StaffAccountNotFoundException extends ErrorResponseException {

	public StaffAccountNotFoundException(String username) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No staff account " + username),
				null);
	}
}
