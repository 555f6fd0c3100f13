package org.beacon.console;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.subscribers.ChallengePurpose;

/**
 * Hides, in a message a citizen received, what would let its reader act as that citizen, found by what Beacon sends:
 * <ul>
 * <li>a <b>link that carries a secret</b>: an absolute {@code http(s)} address or a path from the root that opens
 * one of the pages a citizen's secret opens ({@code /verify/…}, {@code /signin/…}, {@code /unsubscribe/…}, and a
 * check-in's answer links {@code /checkin/…}, which carry their signature in the path: staff must not answer for a
 * citizen), or that carries a parameter named {@code t} or {@code token} (as the others do), or any parameter value of
 * {@value #LONG_VALUE} characters or more, becomes {@value #LINK_HIDDEN}; other links (an advisory's page) stay;</li>
 * <li>a <b>verification code</b>: a run of exactly {@link ChallengePurpose#CODE_DIGITS} digits that is not part of a
 * longer number, becomes {@value #CODE_HIDDEN};</li>
 * <li>anything else that looks like a secret on its own, a run of {@value #LONG_TOKEN} or more base64url characters
 * (a link's secret is 43), becomes {@value #CODE_HIDDEN} too.</li>
 * </ul>
 * It reads plain text and HTML alike: an address in an attribute ends at its quote, and {@code &amp;} separates
 * parameters as {@code &} does.
 */
final class OutboxRedaction {

	static final String CODE_HIDDEN = "[code hidden]";

	static final String LINK_HIDDEN = "[link hidden]";

	private static final int LONG_VALUE = 16;

	private static final int LONG_TOKEN = 32;

	/** An absolute http(s) address, or a path from the root that does not continue a word, a number or a path. */
	private static final Pattern LINK = Pattern.compile("(?i)https?://[^\\s\"'<>`]+|(?<![\\w.~%/:@-])/[^\\s\"'<>`]+");

	/** What ends a sentence rather than the address it follows. */
	private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]]+$");

	private static final Pattern SECRET_PATH = Pattern.compile("(?i)(?:^|/)(?:verify|signin|unsubscribe|checkin)(?:/|$)");

	private static final Pattern SECRET_NAME = Pattern.compile("(?i)t|token|code|secret|key|sig|signature");

	private static final Pattern TOKEN = Pattern
		.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{" + LONG_TOKEN + ",}(?![A-Za-z0-9_-])");

	private static final Pattern CODE = Pattern
		.compile("(?<!\\d)\\d{" + ChallengePurpose.CODE_DIGITS + "}(?!\\d)");

	private OutboxRedaction() {
	}

	/** The text (plain or HTML) with its secret links and codes hidden; null stays null. */
	static String redact(String text) {
		if (text == null) {
			return null;
		}
		String hidden = LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(link(match.group())));
		hidden = TOKEN.matcher(hidden).replaceAll(Matcher.quoteReplacement(CODE_HIDDEN));
		return CODE.matcher(hidden).replaceAll(Matcher.quoteReplacement(CODE_HIDDEN));
	}

	private static String link(String candidate) {
		Matcher trailing = TRAILING.matcher(candidate);
		String after = trailing.find() ? trailing.group() : "";
		String link = candidate.substring(0, candidate.length() - after.length());
		return (secret(link) ? LINK_HIDDEN : link) + after;
	}

	private static boolean secret(String link) {
		String address = link.replace("&amp;", "&").replace("&#38;", "&");
		String rest = address.replaceFirst("(?i)^https?://[^/?#]*", "");
		int end = indexOfAny(rest, '?', '#');
		String path = end < 0 ? rest : rest.substring(0, end);
		if (SECRET_PATH.matcher(path).find()) {
			return true;
		}
		if (end < 0) {
			return false;
		}
		for (String parameter : rest.substring(end + 1).split("[&;?#]")) {
			int eq = parameter.indexOf('=');
			String name = eq < 0 ? parameter : parameter.substring(0, eq);
			String value = eq < 0 ? "" : parameter.substring(eq + 1);
			if ((eq >= 0 && SECRET_NAME.matcher(name.strip().toLowerCase(Locale.ROOT)).matches())
					|| value.length() >= LONG_VALUE || name.length() >= LONG_VALUE) {
				return true;
			}
		}
		return false;
	}

	private static int indexOfAny(String text, char first, char second) {
		int a = text.indexOf(first);
		int b = text.indexOf(second);
		return a < 0 ? b : b < 0 ? a : Math.min(a, b);
	}
}
