package org.beacon.staff.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An administrator's request broke a rule of staff accounts or posts (a taken username, an unknown country, disabling
 * oneself). It names the form field it concerns and a message key, so a page shows it beside that field in the
 * visitor's language; elsewhere it is a problem with a 4xx status.
 */
public class AdminRefusedException extends ErrorResponseException {

	private final String field;

	private final String code;

	private final Object[] arguments;

	/**
	 * @param status a 4xx status: 409 for a conflict with stored state, 400 for bad input, 403 for a forbidden act
	 * @param field the form field the refusal concerns
	 * @param code the message key (bundle i18n/admin) explaining it
	 * @param detail an English explanation for logs and the API
	 * @param arguments the message's arguments (the offending value)
	 */
	public AdminRefusedException(HttpStatus status, String field, String code, String detail, Object... arguments) {
		super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
		this.field = field;
		this.code = code;
		this.arguments = arguments.clone();
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
