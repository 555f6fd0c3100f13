package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TextInputTests {

	record Contact(String name, String phone) {
	}

	record Request(String title, @MultilineText String body, List<String> codes, @MultilineText List<String> notes,
			Contact contact, List<Contact> more, Map<String, String> labels, Optional<String> nickname, Kind kind,
			Integer count) {
	}

	enum Kind {
		ONE {
			@Override
			public String toString() {
				return "one\u0001";
			}
		}
	}

	static class Form {

		String title;

		@MultilineText
		String body;

		final List<Contact> contacts = new ArrayList<>();
	}

	static class LongerForm extends Form {

		String extra;
	}

	@Test
	void refusesEveryC0ControlDeleteAndC1ControlOnOneLine() {
		for (int c = 0; c <= 0x1F; c++) {
			assertThat(TextInput.refused("a" + (char) c + "b", false)).as("U+%04X", c).isEqualTo(c);
		}
		for (int c = 0x7F; c <= 0x9F; c++) {
			assertThat(TextInput.refused("a" + (char) c + "b", false)).as("U+%04X", c).isEqualTo(c);
		}
	}

	@Test
	void allowsTabAndLineBreaksInTextOfSeveralLinesAndNothingElse() {
		assertThat(TextInput.refused("Curfew:\r\n\t8 p.m.\n", true)).isEqualTo(-1);
		assertThat(TextInput.refused("Curfew\u0000", true)).isZero();
		assertThat(TextInput.refused("Curfew\u000b", true)).isEqualTo(0x0B);
		assertThat(TextInput.refused("Curfew\u007f", true)).isEqualTo(0x7F);
		assertThat(TextInput.refused("Curfew\u0085", true)).isEqualTo(0x85);
	}

	@Test
	void refusesUnpairedSurrogatesAndNoncharactersAnywhere() {
		assertThat(TextInput.refused("a\ud800b", true)).isEqualTo(0xD800);
		assertThat(TextInput.refused("a\udc00", true)).isEqualTo(0xDC00);
		assertThat(TextInput.refused("\ufffe", true)).isEqualTo(0xFFFE);
		assertThat(TextInput.refused("\uffff", true)).isEqualTo(0xFFFF);
		assertThat(TextInput.refused("\ufdd0", true)).isEqualTo(0xFDD0);
		assertThat(TextInput.refused(new String(Character.toChars(0x1FFFF)), true)).isEqualTo(0x1FFFF);
	}

	@Test
	void acceptsTextOfEveryScriptAndEmoji() {
		assertThat(TextInput.refused("Couvre-feu à Mopti — 宵禁 — حظر تجول ⚠ 😀 \u00a0\ufffd", false)).isEqualTo(-1);
		assertThat(TextInput.refused(null, false)).isEqualTo(-1);
	}

	@Test
	void namesEachBadTextByItsPathAsTheApiDoes() {
		Request request = new Request("Curfew\u0001", "Stay\n\tindoors\u0000", List.of("ML", "ML-5\u0085"),
				List.of("line one\nline two"), new Contact("Ana\u0000", "+223"), List.of(new Contact("Bo", "1\u007f")),
				Map.of("k", "v\u0002"), Optional.of("Nick\n"), Kind.ONE, 3);

		assertThat(TextInput.check(request)).extracting(TextInput.Flaw::field)
			.containsExactlyInAnyOrder("title", "body", "codes[1]", "contact.name", "more[0].phone", "labels[k]", "nickname");
	}

	@Test
	void saysWhatIsWrongInEnglish() {
		List<TextInput.Flaw> flaws = TextInput.check(new Request("Curfew\nin Mopti", "Stay\u0001", null, null, null,
				null, null, Optional.empty(), null, null));

		assertThat(flaws).extracting(TextInput.Flaw::message)
			.containsExactlyInAnyOrder("must be one line without control characters; found U+000A",
					"must not contain control characters other than tab and line breaks; found U+0001");
		assertThat(TextInput.check(new Contact("\uffff", null)).get(0).message())
			.isEqualTo("must not contain U+FFFF, which is not a character");
	}

	@Test
	void readsTheFieldsOfFormsAndTheirSuperclasses() {
		LongerForm form = new LongerForm();
		form.title = "Curfew\u0001";
		form.body = "Stay\r\n\tindoors";
		form.extra = "x\u0000";
		form.contacts.add(new Contact("Ana", "\u0085"));

		assertThat(TextInput.check(form)).extracting(TextInput.Flaw::field)
			.containsExactlyInAnyOrder("title", "extra", "contacts[0].phone");
	}

	@Test
	void findsNothingInGoodInputOrNone() {
		assertThat(TextInput.check(new Contact("Ana López (sister)", "+223 76 12 34 57"))).isEmpty();
		assertThat(TextInput.check(null)).isEmpty();
		assertThat(TextInput.check("one line")).isEmpty();
	}
}
