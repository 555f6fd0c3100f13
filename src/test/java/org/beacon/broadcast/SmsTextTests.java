package org.beacon.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTests {

	@Test
	void countsGsm7Segments() {
		assertThat(SmsText.of("a".repeat(160))).extracting(SmsText::encoding, SmsText::segments)
			.containsExactly("GSM-7", 1);
		assertThat(SmsText.of("a".repeat(161)).segments()).isEqualTo(2);
		assertThat(SmsText.of("a".repeat(306)).segments()).isEqualTo(2);
		assertThat(SmsText.of("a".repeat(307)).segments()).isEqualTo(3);
	}

	@Test
	void countsExtensionCharactersAsTwoSeptets() {
		assertThat(SmsText.of("€".repeat(80)).segments()).isEqualTo(1);
		assertThat(SmsText.of("€".repeat(81)).segments()).isEqualTo(2);
		assertThat(SmsText.of("[Ségou] Déplacez-vous à Bamako").encoding()).isEqualTo("GSM-7");
	}

	@Test
	void fallsBackToUcs2ForOtherCharacters() {
		assertThat(SmsText.of("Ménaka – route fermée")).extracting(SmsText::encoding, SmsText::segments)
			.containsExactly("UCS-2", 1);
		assertThat(SmsText.of("ç".repeat(70)).segments()).isEqualTo(1);
		assertThat(SmsText.of("ç".repeat(71)).segments()).isEqualTo(2);
		assertThat(SmsText.of("ç".repeat(135)).segments()).isEqualTo(3);
	}

	@Test
	void derivesAnSmsThatFitsTheSegmentLimitCutAtAWord() {
		SmsText sms = SmsText.derive("U.S. Embassy Bamako", "Curfew", "word ".repeat(200), 2);

		assertThat(sms.segments()).isEqualTo(2);
		assertThat(sms.text()).startsWith("U.S. Embassy Bamako: Curfew. word").endsWith("word...");
	}

	@Test
	void keepsAShortDerivedSmsWhole() {
		assertThat(SmsText.derive("U.S. Embassy Bamako", "Curfew.", "Stay\n\nindoors.", 3).text())
			.isEqualTo("U.S. Embassy Bamako: Curfew. Stay indoors.");
	}
}
