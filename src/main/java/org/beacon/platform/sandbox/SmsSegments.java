package org.beacon.platform.sandbox;

/**
 * How a phone receives a text: GSM-7 (160 septets, 153 per part when split; extension characters take two) or UCS-2
 * (70 code units, 67 per part). The same 3GPP TS 23.038 arithmetic as the broadcast feature's SmsText, which the
 * platform cannot use (modules depend on it, not the other way round).
 */
record SmsSegments(String encoding, int count) {

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	static SmsSegments of(String text) {
		int septets = 0;
		for (int i = 0; i < text.length() && septets >= 0; i++) {
			char c = text.charAt(i);
			septets = GSM_BASIC.indexOf(c) >= 0 ? septets + 1 : GSM_EXTENSION.indexOf(c) >= 0 ? septets + 2 : -1;
		}
		if (septets >= 0) {
			return new SmsSegments("GSM-7", septets <= 160 ? 1 : (septets + 152) / 153);
		}
		int units = text.length();
		return new SmsSegments("UCS-2", units <= 70 ? 1 : (units + 66) / 67);
	}
}
