package org.beacon.broadcast.issuing;

/**
 * The question a check-in's SMS ends with, in each language Beacon writes. Its answers are digits, so that no answer
 * is a carrier keyword (STOP, START, HELP, INFO...) and every phone can type it; the words stay within the GSM-7
 * alphabet so the question costs no switch to UCS-2.
 */
final class CheckInQuestion {

	static final String ENGLISH = "Reply 1 if you are safe, 2 if you need help.";

	static final String SPANISH = "Responda 1 si se encuentra a salvo, 2 si necesita ayuda.";

	private CheckInQuestion() {
	}
}
