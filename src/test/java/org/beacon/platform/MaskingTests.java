package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

	@Test
	void keepsOnlyTheFirstLetterOfAnEmailsLocalPart() {
		assertThat(Masking.email("maria.lopez@example.org")).isEqualTo("m***@example.org");
		assertThat(Masking.email("not-an-address")).isEqualTo("***");
	}

	@Test
	void keepsOnlyTheCountryCodeAndLastTwoDigitsOfAPhone() {
		assertThat(Masking.phone("+22376123456")).isEqualTo("+223******56").doesNotContain("761234");
		assertThat(Masking.contact("+33612345678")).isEqualTo("+336******78");
		assertThat(Masking.contact("a@b.org")).isEqualTo("a***@b.org");
	}

	@Test
	void typedTextCannotForgeALogLineAndShowsNoContactPoint() {
		String forged = "bob\n2026-12-01T09:00:00Z  INFO --- Signed in admin\r\u0000";

		assertThat(Masking.typed(forged)).doesNotContain("\n", "\r", "\u0000")
			.startsWith("bob\\n2026-12-01")
			.endsWith("admin\\r\\u0000");
		assertThat(Masking.typed("maria.lopez@example.org")).isEqualTo("m***@example.org");
		assertThat(Masking.typed("x".repeat(500))).hasSize(101);
	}

	@Test
	void aLineOfOutsideTextStaysOneLineAndShowsNoContactPoint() {
		String answer = "550 5.1.1 <maria.lopez@example.org>: no such user\n2026-12-01T09:00:00Z  INFO --- forged\u2028x";

		assertThat(Masking.line(answer)).isEqualTo(
				"550 5.1.1 <m***@example.org>: no such user\\n2026-12-01T09:00:00Z  INFO --- forged\\u2028x");
		assertThat(Masking.line("x".repeat(5000))).hasSize(Masking.LINE_LIMIT + 1);
		assertThat(Masking.line(null)).isNull();
	}

	@Test
	void aMaskedContactPointCannotBreakALogLine() {
		// A Twilio callback's From, or an address a mail server quoted, is not always what Beacon would accept.
		assertThat(Masking.phone("+1\n2026-12-01 INFO forged")).doesNotContain("\n").startsWith("+1\\n");
		assertThat(Masking.email("a@b.org\r\n2026-12-01 INFO forged")).isEqualTo("a***@b.org\\r\\n2026-12-01 INFO forged");
		assertThat(Masking.contact("\u0085@example.org")).isEqualTo("\\u0085***@example.org");
	}
}
