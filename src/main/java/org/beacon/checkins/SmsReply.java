package org.beacon.checkins;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's SMS read as an answer to a check-in: {@code 1} (safe) or {@code 2} (need help), optionally followed by
 * words, which are kept with a "need help" answer ({@code 2 broken leg, at the hotel}). Anything else is no answer.
 */
record SmsReply(SafetyAnswer answer, String message) {

	private static final Pattern ANSWER = Pattern.compile("^\\s*([12])(?:$|[\\s.,;:!)\\-]+(.*))$", Pattern.DOTALL);

	static Optional<SmsReply> read(String body) {
		Matcher matcher = ANSWER.matcher(body == null ? "" : body);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		SafetyAnswer answer = matcher.group(1).equals("1") ? SafetyAnswer.SAFE : SafetyAnswer.NEED_HELP;
		String words = matcher.group(2) == null ? "" : matcher.group(2).strip();
		return Optional.of(new SmsReply(answer, words.isEmpty() ? null : words));
	}
}
