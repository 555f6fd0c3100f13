package org.beacon.checkins.help;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.beacon.checkins.AnswerChannel;
import org.beacon.checkins.HelpDetails;
import org.beacon.checkins.SafetyAnswer;
import org.beacon.checkins.store.HelpCaseStore.Status;
import org.beacon.subscribers.SubscriberView.Location;

/**
 * A citizen who said they need help, as crisis staff work on it.
 *
 * @param status OPEN (nobody handles it), TAKEN, RESOLVED
 * @param openedAt when they first said they need help
 * @param resolvedBy who resolved it; on a case opened again by a new "need help" answer, who resolved it last
 * @param note what was done, written by whoever resolved it
 * @param nowSafe whether their latest answer is "safe": they said they need help, then that they are safe. The case
 * stays in the queue until staff resolve it, since a "safe" sent in distress, by mistake or by someone else holding
 * the phone is exactly what an officer wants to confirm.
 * @param answer their latest answer, with its channel and time
 * @param askedAt when they last said they need help
 * @param message what they wrote then; null when nothing
 * @param help what they said then about the help they need, how many are with them, where they are, a working phone
 * @param places their enrolled places in the countries of the staff member's post
 */
public record HelpCase(UUID subscriberId, Status status, Instant openedAt, String takenBy, Instant takenAt,
		String resolvedBy, Instant resolvedAt, String note, boolean nowSafe, SafetyAnswer answer,
		AnswerChannel channel, Instant answeredAt, Instant askedAt, String message, HelpDetails help, String email,
		String phone, String locale, List<Location> places, EmergencyContact emergencyContact) {

	/** Someone to reach about the citizen; null fields when they named nobody. */
	public record EmergencyContact(String name, String phone) {
	}

	/** One page of a check-in's help queue; {@code next} is the {@code after} of the next page, null at the end. */
	public record Page(List<HelpCase> cases, UUID next) {
	}
}
