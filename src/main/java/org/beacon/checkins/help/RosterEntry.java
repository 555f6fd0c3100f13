package org.beacon.checkins.help;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beacon.checkins.AnswerChannel;
import org.beacon.checkins.store.HelpCaseStore.Status;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.SubscriberView.Location;

/**
 * A recipient of a check-in, as the roster shows them.
 *
 * @param standing their latest answer, or, without one, whether a message is known to have reached them
 * @param channel how their latest answer came; null without one
 * @param answeredAt when; null without one
 * @param message what they wrote with a "need help" answer; null otherwise
 * @param askedOn the channels the check-in and its later waves were sent to them on
 * @param helpCase where their help case stands; null when they never said they need help
 * @param places their enrolled places in the countries of the staff member's post
 */
public record RosterEntry(UUID subscriberId, Standing standing, AnswerChannel channel, Instant answeredAt,
		String message, Set<Channel> askedOn, Status helpCase, String email, String phone, String locale,
		List<Location> places, String emergencyContactName, String emergencyContactPhone) {

	/** Where a recipient stands. */
	public enum Standing {
		/** Their latest answer: they are safe. */
		SAFE,
		/** Their latest answer: they need help. */
		NEED_HELP,
		/** No answer yet, and a message may have reached them. */
		NO_ANSWER,
		/** No answer, and every message to them failed. */
		UNREACHABLE
	}

	/** One page of a check-in's roster; {@code next} is the {@code after} of the next page, null at the end. */
	public record Page(List<RosterEntry> recipients, UUID next) {
	}
}
