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

	/**
	 * Text someone typed (a username at sign-in), for a log line: its contact points masked and its control
	 * characters escaped ({@code \n} becomes the two characters {@code \\n}), so that it cannot forge a log line of its
	 * own; at most 100 characters of it.
	 */
	public static String typed(String text) {
		if (text == null) {
			return null;
		}
		String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
		StringBuilder escaped = new StringBuilder(shown.length());
		shown.codePoints().forEach(point -> {
			if (Character.isISOControl(point) || point == 0x2028 || point == 0x2029) {
				escaped.append(point == '\n' ? "\\n" : point == '\r' ? "\\r" : point == '\t' ? "\\t"
						: String.format("\\u%04x", point));
			}
			else {
				escaped.appendCodePoint(point);
			}
		});
		return text(escaped.toString());
	}

	/** Masks whatever kind of contact point this is. */
	public static String contact(String destination) {
		return destination != null && destination.contains("@") ? email(destination) : phone(destination);
	}
}
