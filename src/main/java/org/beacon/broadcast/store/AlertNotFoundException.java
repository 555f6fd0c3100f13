package org.beacon.broadcast.store;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such alert for this staff member (404): it does not exist, or their post does not cover it. Both answer alike,
 * so that staff of one post cannot learn which alerts another post sent.
 */
public class AlertNotFoundException extends ErrorResponseException {

	public AlertNotFoundException(UUID id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No alert " + id + " for the countries of your post"), null);
	}
}
