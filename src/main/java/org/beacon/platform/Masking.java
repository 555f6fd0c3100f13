package org.beacon.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens personal data for logs: contact points never appear in full outside the database and the provider call.
 * And keeps text from outside on its own log line: whatever a log line quotes that someone else wrote — a username,
 * a feed item's title, a provider's answer, an OpenID Connect claim, an exception's message — goes through
 * {@link #typed} or {@link #line}, which escape control characters, so that a line break in it cannot start a forged
 * log line of its own. {@link #email}, {@link #phone} and {@link #contact} escape them too.
 */
public final class Masking {

	private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"'@]+\\.[A-Za-z]{2,}");

	private static final Pattern PHONE = Pattern.compile("\\+\\d{7,15}");

	/** The most of a text {@link #line} keeps: a log line, not a copy of whatever was sent. */
	static final int LINE_LIMIT = 2000;

	private Masking() {
	}

	/** {@code maria.lopez@example.org} becomes {@code m***@example.org}. */
	public static String email(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return at <= 0 ? "***" : escaped(email.charAt(0) + "***" + email.substring(at));
	}

	/** {@code +22376123456} becomes {@code +223******56}. */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() < 7) {
			return "***";
		}
		return escaped(phone.substring(0, 4) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 2));
	}

	/**
	 * Masks every phone number and email address inside a free text, such as a provider's error message. Line breaks
	 * stay: for a log line, use {@link #line}.
	 */
	public static String text(String text) {
		if (text == null) {
			return null;
		}
		String masked = EMAIL.matcher(text).replaceAll(match -> Matcher.quoteReplacement(email(match.group())));
		return PHONE.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(phone(match.group())));
	}

	/**
	 * Text someone typed (a username at sign-in, a feed item's title), for a log line: its contact points masked and
	 * its control characters escaped ({@code \n} becomes the two characters {@code \\n}), so that it cannot forge a
	 * log line of its own; at most 100 characters of it.
	 */
	public static String typed(String text) {
		return shown(text, 100);
	}

	/**
	 * Text from outside that a log line quotes whole — a provider's answer, an exception's message, a reason built
	 * from a feed — as {@link #typed}: contact points masked and control characters escaped; at most
	 * {@value #LINE_LIMIT} characters of it.
	 */
	public static String line(String text) {
		return shown(text, LINE_LIMIT);
	}

	/** Masks whatever kind of contact point this is. */
	public static String contact(String destination) {
		return destination != null && destination.contains("@") ? email(destination) : phone(destination);
	}

	private static String shown(String text, int limit) {
		if (text == null) {
			return null;
		}
		String shown = text.length() > limit ? text.substring(0, limit) + "…" : text;
		return text(escaped(shown));
	}

	/** Control characters, and the Unicode line and paragraph separators, written out as escapes. */
	private static String escaped(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(point -> {
			if (Character.isISOControl(point) || point == 0x2028 || point == 0x2029) {
				escaped.append(point == '\n' ? "\\n" : point == '\r' ? "\\r" : point == '\t' ? "\\t"
						: String.format("\\u%04x", point));
			}
			else {
				escaped.appendCodePoint(point);
			}
		});
		return escaped.toString();
	}
}
