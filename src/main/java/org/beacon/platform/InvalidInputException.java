package org.beacon.platform;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A user's input broke a rule that bean validation cannot express (an unknown region, a landline for SMS). Rendered
 * as an RFC 9457 problem with status 400 whose {@code errors} name each offending field.
 */
public class InvalidInputException extends ErrorResponseException {

	private final List<Violation> violations;

	public InvalidInputException(String field, String message) {
		this(List.of(new Violation(field, message)));
	}

	public InvalidInputException(List<Violation> violations) {
		super(HttpStatus.BAD_REQUEST, problem(violations), null);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}

	/** Builds the problem body shared by every kind of invalid input. */
	public static ProblemDetail problem(List<Violation> violations) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Invalid input");
		problem.setDetail(String.join("; ", violations.stream().map(Violation::toString).toList()));
		problem.setProperty("errors", violations);
		return problem;
	}

	/** One field and what is wrong with it; {@code field} is a JSON path such as {@code locations[0].region}. */
	public record Violation(String field, String message) {

		@Override
		public String toString() {
			return field + ": " + message;
		}
	}
}
