package org.beacon.broadcast;

/**
 * SMS encoding and segment arithmetic (3GPP TS 23.038): text made only of GSM-7 characters travels 160 septets in
 * one segment or 153 per segment when concatenated, where the extension characters take two septets; anything else
 * travels as UCS-2, 70 code units in one segment or 67 per segment.
 *
 * @param encoding {@code GSM-7} or {@code UCS-2}
 */
public record SmsText(String text, String encoding, int segments) {

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	public static SmsText of(String text) {
		int septets = septets(text);
		if (septets >= 0) {
			return new SmsText(text, "GSM-7", septets <= 160 ? 1 : (septets + 152) / 153);
		}
		int units = text.length();
		return new SmsText(text, "UCS-2", units <= 70 ? 1 : (units + 66) / 67);
	}

	/** GSM-7 septets the text needs, or -1 when a character is outside GSM-7. */
	static int septets(String text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (GSM_BASIC.indexOf(c) >= 0) {
				septets++;
			}
			else if (GSM_EXTENSION.indexOf(c) >= 0) {
				septets += 2;
			}
			else {
				return -1;
			}
		}
		return septets;
	}

	/**
	 * The SMS derived from an alert when staff write none: "{sender}: {title}. {body}", cut at a word so that it
	 * fits in {@code maxSegments}.
	 */
	public static SmsText derive(String sender, String title, String body, int maxSegments) {
		String full = sender + ": " + title.strip() + (title.strip().endsWith(".") ? " " : ". ")
				+ body.strip().replaceAll("\\s+", " ");
		SmsText sms = of(full);
		if (sms.segments() <= maxSegments) {
			return sms;
		}
		int end = full.length();
		while (end > 0) {
			end = full.lastIndexOf(' ', end - 1);
			if (end <= 0) {
				break;
			}
			SmsText cut = of(full.substring(0, end) + "...");
			if (cut.segments() <= maxSegments) {
				return cut;
			}
		}
		return of(full.substring(0, Math.min(full.length(), 60)) + "...");
	}
}
