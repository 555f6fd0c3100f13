package org.beacon.staff.web;

import org.beacon.staff.accounts.AdminRefusedException;
import org.springframework.validation.BindingResult;

/**
 * Carries out what an administrator's form asks of the services of {@code accounts}, the same way on every page: not
 * at all while the form itself has errors, and a refusal of the service ({@link AdminRefusedException}) put beside
 * the field it names, in the visitor's language, for the page to show again with what was typed kept.
 */
final class AdminRefusals {

	private AdminRefusals() {
	}

	/**
	 * @param change the service call the form asks for
	 * @return whether it was carried out; false when the form had errors or the service refused it (the refusal is
	 *     then among the errors)
	 */
	static boolean carriedOut(BindingResult errors, Runnable change) {
		if (errors.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (AdminRefusedException ex) {
			errors.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.getBody().getDetail());
			return false;
		}
	}
}
