package org.beacon.platform.security.matrix;

import java.util.List;

/**
 * One request of the matrix, as sent by every principal alike but for its credentials.
 *
 * @param page whether it goes through the principal's page session (cookies, CSRF token) rather than the API's
 *        credentials (HTTP Basic for staff, a bearer management token for citizens)
 * @param body a JSON or XML body for the API, or alternating form names and values for a page
 */
record Call(String method, String path, boolean page, String contentType, List<String> body) {

	/** A page that streams events until the client leaves. */
	static Call stream(String path) {
		return new Call("STREAM", path, true, null, List.of());
	}

	static Call get(String path) {
		return new Call("GET", path, false, null, List.of());
	}

	static Call post(String path, String json) {
		return new Call("POST", path, false, "application/json", List.of(json));
	}

	static Call send(String method, String path, String json) {
		return new Call(method, path, false, "application/json", json == null ? List.of() : List.of(json));
	}

	static Call xml(String path, String document) {
		return new Call("POST", path, false, "application/xml", List.of(document));
	}

	/** A form posted without a principal's credentials, as Twilio posts its webhooks. */
	static Call webhook(String path, String... fields) {
		return new Call("POST", path, false, "application/x-www-form-urlencoded", List.of(fields));
	}

	static Call page(String path) {
		return new Call("GET", path, true, null, List.of());
	}

	static Call form(String path, String... fields) {
		return new Call("POST", path, true, "application/x-www-form-urlencoded", List.of(fields));
	}
}
