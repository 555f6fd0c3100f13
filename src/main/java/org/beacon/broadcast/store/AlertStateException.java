package org.beacon.broadcast.store;

import java.util.Locale;
import java.util.UUID;

import org.beacon.broadcast.AlertStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The alert is not in a state that allows what was asked (409); the detail says why and what to do instead. */
public class AlertStateException extends ErrorResponseException {

	public AlertStateException(String detail) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail), null);
	}

	/** The alert cannot be {@code action} (a past participle: "cancelled", "updated") in its present status. */
	public static AlertStateException cannotBe(UUID id, AlertStatus status, String action) {
		String why = switch (status) {
			case PENDING_REVIEW -> "it is held for review: approve or discard it instead";
			case CANCELLED -> "it was cancelled";
			case ISSUED -> "it changed meanwhile; reload it";
			default -> "it was never sent (" + status.name().toLowerCase(Locale.ROOT) + ")";
		};
		return new AlertStateException("Alert " + id + " cannot be " + action + ": " + why);
	}
}
