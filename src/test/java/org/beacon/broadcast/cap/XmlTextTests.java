package org.beacon.broadcast.cap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTests {

	@Test
	void dropsWhatXml10CannotCarry() {
		assertThat(XmlText.of("Curfew\u0001 in\u0000 Mopti\u001f\ufffe\uffff\ud800")).isEqualTo("Curfew in Mopti");
	}

	@Test
	void keepsLineBreaksTabsAndEveryOtherCharacter() {
		String text = "Couvre-feu à Mopti\r\n\t⚠ 😀 \u007f\u0085 \ufffd";

		assertThat(XmlText.of(text)).isSameAs(text);
		assertThat(XmlText.of(null)).isNull();
	}
}
