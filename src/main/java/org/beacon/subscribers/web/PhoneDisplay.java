package org.beacon.subscribers.web;

import org.springframework.stereotype.Component;

/**
 * Shows a citizen their own phone number the way it is read, for the pages' templates:
 * {@code ${@phoneDisplay.international(status.phone)}} gives "+223 76 55 44 33" for "+22376554433".
 */
@Component("phoneDisplay")
class PhoneDisplay {

	/** @return the number in libphonenumber's international format; null for none */
	public String international(String e164) {
		return PhoneInput.international(e164);
	}
}
