package org.beacon.staff.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The second step of a password sign-in, as the session remembers it: passed by one account (by name), so that a
 * session another account signs in to later has not passed it.
 */
public final class SecondStep {

	/** Where a staff member whose post requires a second factor gives it. */
	public static final String PAGE = "/staff/second-factor";

	private static final String PASSED = SecondStep.class.getName() + ".PASSED";

	private SecondStep() {
	}

	/** Records that this account gave its second factor; the session id changes, as at any sign-in. */
	public static void passed(HttpServletRequest request, String username) {
		request.changeSessionId();
		request.getSession().setAttribute(PASSED, username);
	}

	static boolean isPassed(HttpServletRequest request, String username) {
		HttpSession session = request.getSession(false);
		return session != null && username.equals(session.getAttribute(PASSED));
	}
}
