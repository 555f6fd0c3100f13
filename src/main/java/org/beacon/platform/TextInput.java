package org.beacon.platform;

import java.util.List;

/**
 * The characters text sent to Beacon may hold. Beacon refuses, in every text a person or another system sends it,
 * the characters that cannot be stored (PostgreSQL refuses U+0000) or published (XML 1.0 cannot carry most C0
 * controls, so one in a title would break the CAP feed), and the invisible ones nobody means to send:
 * <ul>
 * <li>everywhere: U+0000 and every other C0 control (U+0000–U+001F), DEL (U+007F), the C1 controls
 * (U+0080–U+009F), unpaired surrogates and the noncharacters (U+FDD0–U+FDEF, and U+FFFE and U+FFFF of every
 * plane);</li>
 * <li>except tab, line feed and carriage return in text of several lines: fields marked {@link MultilineText}.</li>
 * </ul>
 * Request bodies of the API and forms of the pages are checked before a controller sees them (a problem or a field
 * error naming the field); code that reads text by another path (a CAP document) checks it with
 * {@link #check(Object)}.
 */
public final class TextInput {

	private TextInput() {
	}

	/**
	 * One text that breaks the rules.
	 *
	 * @param field its path in the input, as the API names fields: {@code title}, {@code emergencyContact.name},
	 * {@code locations[0].region}, {@code area.countries[0]}
	 * @param value the text
	 * @param character the first character refused in it (a code point)
	 * @param multiline whether the field is {@link MultilineText}
	 */
	public record Flaw(String field, String value, int character, boolean multiline) {

		/** The character as Unicode writes it, such as {@code U+0001}. */
		public String characterName() {
			return String.format("U+%04X", character);
		}

		/** Whether the character is a control character (C0, DEL or C1), rather than no character at all. */
		public boolean control() {
			return TextInput.control(character);
		}

		/** What is wrong, in English, as the API says it. */
		public String message() {
			if (!control()) {
				return "must not contain " + characterName() + ", which is not a character";
			}
			return (multiline ? "must not contain control characters other than tab and line breaks"
					: "must be one line without control characters") + "; found " + characterName();
		}
	}

	/**
	 * Every text in {@code input} that breaks the rules. {@code input} is a text, or a record or JavaBean of
	 * Beacon's own, read field by field (a field's name is its name in the JSON body or the form), whose fields may
	 * hold texts, lists, sets, maps, arrays and optionals of them, and other such objects. Other values (numbers,
	 * dates, enums) are not text and are skipped.
	 */
	public static List<Flaw> check(Object input) {
		return new TextWalk().walk(input);
	}

	/** The first character {@code text} may not hold, or -1 when it holds none (or is null). */
	public static int refused(String text, boolean multiline) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (refused(c, multiline)) {
				return c;
			}
			i += Character.charCount(c);
		}
		return -1;
	}

	private static boolean refused(int c, boolean multiline) {
		if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
			return false;
		}
		// codePointAt gives an unpaired surrogate as itself.
		boolean unpaired = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
		boolean noncharacter = c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
		return control(c) || unpaired || noncharacter;
	}

	private static boolean control(int c) {
		return c <= 0x1F || c >= 0x7F && c <= 0x9F;
	}
}
