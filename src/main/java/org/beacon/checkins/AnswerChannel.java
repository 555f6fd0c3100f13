package org.beacon.checkins;

/** How an answer to a check-in came. */
public enum AnswerChannel {
	/** A reply to the check-in's SMS. */
	SMS,
	/** A button of the check-in's email, confirmed on Beacon's page. */
	EMAIL,
	/** A key pressed during the check-in's call. */
	VOICE
}
