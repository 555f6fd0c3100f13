package org.beacon.staff.accounts;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * What makes a staff password strong enough: length above all (NIST SP 800-63B), at least {@value #MIN_LENGTH}
 * characters, no more than {@value #MAX_LENGTH} (bcrypt reads 72 bytes), not containing the username and not one
 * character repeated. Composition rules beyond that make passwords harder to remember, not to guess.
 */
final class PasswordRule {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 72;

	private PasswordRule() {
	}

	/** @throws AdminRefusedException (400, field {@code password}) when the password is too weak */
	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw weak("admin.error.password.length", "A password needs " + MIN_LENGTH + " to " + MAX_LENGTH
					+ " characters");
		}
		if (password.chars().distinct().count() < 4) {
			throw weak("admin.error.password.weak", "A password needs more than a few distinct characters");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw weak("admin.error.password.username", "A password must not contain the username");
		}
	}

	private static AdminRefusedException weak(String code, String detail) {
		return new AdminRefusedException(HttpStatus.BAD_REQUEST, "password", code, detail);
	}
}
