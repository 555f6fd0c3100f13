package org.beacon.console;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.MatchType;

/**
 * The outbox's recipient filter: one email address or phone number, typed in full, so that a newcomer finds their
 * own messages among many.
 * <ul>
 * <li>An <b>email address</b> matches a recipient that is the same address, without regard to case (enrollment
 * stores addresses in lower case).</li>
 * <li>A <b>phone number</b> may be typed in any common format: E.164, international with spaces or dashes, with
 * the {@code 00} prefix, or national ({@code 76 12 34 56}, {@code 06 12 34 56 78}), which is read in the country of
 * the recipient it is compared to, as libphonenumber does ({@link PhoneNumberUtil#isNumberMatch}). Only the whole
 * number matches: a part of it, even its end, does not.</li>
 * </ul>
 * Because it matches whole contact points only, it matches the real recipient, not the masked one that staff other
 * than administrators read, and still it cannot spell a number out a digit at a time. It does answer whether a
 * whole address or number someone guesses is the recipient of a message they may read (masked) anyway.
 */
final class RecipientFilter {

	/** No filter: every recipient. */
	static final RecipientFilter ANYONE = new RecipientFilter(null);

	/** The longest address SMTP carries, and far more than any phone number. */
	static final int LONGEST = 254;

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");

	/** Digits, an optional leading "+" and the separators people type between them. */
	private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s().\\-/]+");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-/]");

	private static final int FEWEST_DIGITS = 4;

	private final String typed;

	private RecipientFilter(String typed) {
		this.typed = typed;
	}

	/**
	 * The filter for what someone typed: {@link #ANYONE} when it is absent or blank; empty when it is neither an
	 * email address nor a phone number (or longer than {@value #LONGEST} characters).
	 */
	static Optional<RecipientFilter> of(String typed) {
		String stripped = typed == null ? "" : typed.strip();
		if (stripped.isEmpty()) {
			return Optional.of(ANYONE);
		}
		if (stripped.length() > LONGEST) {
			return Optional.empty();
		}
		if (EMAIL.matcher(stripped).matches()) {
			return Optional.of(new RecipientFilter(stripped.toLowerCase(Locale.ROOT)));
		}
		boolean phone = PHONE.matcher(stripped).matches()
				&& SEPARATORS.matcher(stripped).replaceAll("").replace("+", "").length() >= FEWEST_DIGITS;
		return phone ? Optional.of(new RecipientFilter(stripped)) : Optional.empty();
	}

	/** Whether this filter lets every message through. */
	boolean anyone() {
		return typed == null;
	}

	/** Whether a message to these recipients (bare addresses and E.164 numbers) is one this filter asks for. */
	boolean matches(List<String> recipients) {
		return anyone() || recipients.stream().anyMatch(this::is);
	}

	private boolean is(String recipient) {
		if (recipient == null) {
			return false;
		}
		if (typed.contains("@")) {
			return recipient.strip().toLowerCase(Locale.ROOT).equals(typed);
		}
		if (!recipient.startsWith("+")) {
			return false;
		}
		MatchType match = PHONES.isNumberMatch(typed, recipient);
		return match == MatchType.EXACT_MATCH || match == MatchType.NSN_MATCH;
	}
}
