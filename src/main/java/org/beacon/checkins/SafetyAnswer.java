package org.beacon.checkins;

/** What a citizen answered a check-in. */
public enum SafetyAnswer {
	/** "I am safe" (SMS 1, the email's first button, voice key 1). */
	SAFE,
	/** "I need help" (SMS 2, the email's second button, voice key 2). */
	NEED_HELP
}
