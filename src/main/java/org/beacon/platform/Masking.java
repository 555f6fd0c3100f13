package org.beacon.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens personal data for logs: contact points never appear in full outside the database and the provider call.
 */
public final class Masking {

	private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"'@]+\\.[A-Za-z]{2,}");

	private static final Pattern PHONE = Pattern.compile("\\+\\d{7,15}");

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

	/** Masks every phone number and email address inside a free text, such as a provider's error message. */
	public static String text(String text) {
		if (text == null) {
			return null;
		}
		String masked = EMAIL.matcher(text).replaceAll(match -> Matcher.quoteReplacement(email(match.group())));
		return PHONE.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(phone(match.group())));
	}

	/** Masks whatever kind of contact point this is. */
	public static String contact(String destination) {
		return destination != null && destination.contains("@") ? email(destination) : phone(destination);
	}
}
