package org.beacon.staff.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No post has this id. The web layer renders it as what it is, a 404: a problem for the API, the not-found page for
 * the pages, with the English detail "No post &lt;id&gt;".
 */
public class PostNotFoundException extends ErrorResponseException {

	public PostNotFoundException(String id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No post " + id), null);
	}
}
