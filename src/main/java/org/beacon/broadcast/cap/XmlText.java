package org.beacon.broadcast.cap;

/**
 * Text as XML 1.0 can carry it. XML 1.0 has no way to write most C0 controls (U+0000–U+001F but tab, line feed and
 * carriage return), unpaired surrogates, U+FFFE or U+FFFF, not even as character references; an XML writer fails on
 * them, and one such character in one stored title would break the public feed for every reader. They are dropped:
 * they carry no meaning a reader could see.
 */
final class XmlText {

	private XmlText() {
	}

	/** {@code text} without the characters XML 1.0 cannot carry; the same instance when it has none. */
	static String of(String text) {
		if (text == null || allowed(text)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static boolean allowed(String text) {
		return text.codePoints().allMatch(XmlText::allowed);
	}

	/** The {@code Char} production of XML 1.0 (section 2.2). */
	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}
}
