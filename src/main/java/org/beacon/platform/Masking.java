package org.beacon.platform;

/**
 * Shortens personal data for logs: contact points never appear in full outside the database and the provider call.
 */
public final class Masking {

	private Masking() {
	}

	/** {@code maria.lopez@example.org} becomes {@code m***@example.org}. */
	public static String email(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
	}

	/** {@code +22376123456} becomes {@code +223******56}. */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() < 7) {
			return "***";
		}
		return phone.substring(0, 4) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 2);
	}

	/** Masks whatever kind of contact point this is. */
	public static String contact(String destination) {
		return destination != null && destination.contains("@") ? email(destination) : phone(destination);
	}
}
