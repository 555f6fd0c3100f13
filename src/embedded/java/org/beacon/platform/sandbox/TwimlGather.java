package org.beacon.platform.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** Reads the {@code action} of the first {@code <Gather>} of a call's TwiML: where the keys a person presses go. */
public final class TwimlGather {

	private static final Pattern ACTION = Pattern.compile("<Gather\\b[^>]*\\baction=\"([^\"]*)\"");

	private TwimlGather() {
	}

	/** @throws IllegalArgumentException when the TwiML has no {@code <Gather>} with an action */
	public static String action(String twiml) {
		Matcher matcher = ACTION.matcher(twiml == null ? "" : twiml);
		if (!matcher.find()) {
			throw new IllegalArgumentException("The call's TwiML gathers no keys");
		}
		return HtmlUtils.htmlUnescape(matcher.group(1));
	}
}
