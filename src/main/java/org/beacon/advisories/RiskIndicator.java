package org.beacon.advisories;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The State Department's risk indicators, with the words advisories use for them. */
public enum RiskIndicator {
	C("crime"), T("terrorism"), U("civil unrest"), H("health"), N("natural disaster"), E("time-limited event"),
	K("kidnapping"), D("wrongful detention"), O("other");

	private final String words;

	RiskIndicator(String words) {
		this.words = words;
	}

	public String words() {
		return words;
	}

	/**
	 * The indicators named in an advisory's reason clause, such as "Do not travel to Mali due to crime, terrorism,
	 * and kidnapping." Only the clause after "due to" counts, so a passing mention elsewhere is not an indicator.
	 */
	public static Set<RiskIndicator> named(String reason) {
		Set<RiskIndicator> found = EnumSet.noneOf(RiskIndicator.class);
		String text = reason.toLowerCase(Locale.ROOT);
		for (RiskIndicator indicator : values()) {
			if (indicator != O && text.contains(indicator.words)) {
				found.add(indicator);
			}
		}
		if (text.contains("hostage")) {
			found.add(K);
		}
		if (text.contains("unrest")) {
			found.add(U);
		}
		return found;
	}
}
