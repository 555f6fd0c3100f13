package org.beacon.broadcast.issuing;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A staff member tried to alert a country their post does not cover: 403, naming the field and the country. */
public class OutsidePostException extends ErrorResponseException {

	OutsidePostException(String field, String country, String postName, List<String> covered) {
		super(HttpStatus.FORBIDDEN, problem(field, country, postName, covered), null);
	}

	private static ProblemDetail problem(String field, String country, String postName, List<String> covered) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, field + ": " + country
				+ " is not covered by your post " + postName + " (it covers " + String.join(", ", covered) + ")");
		problem.setTitle("Outside your post");
		problem.setProperty("field", field);
		return problem;
	}
}
