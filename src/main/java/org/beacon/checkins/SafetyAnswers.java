package org.beacon.checkins;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beacon.checkins.store.AnswerStore;
import org.beacon.checkins.store.AnswerStore.Answer;
import org.beacon.checkins.store.HelpCaseStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records citizens' answers to a check-in, however they came: each is stored and published as
 * {@link SafetyReported} in one transaction, so an answer is either kept and on its way to Kafka, or not taken at all.
 * The latest answer of a citizen wins; every answer is kept with its channel and time. A "need help" answer opens
 * the citizen's help case in the same transaction, so that no such answer is missing from the help queue.
 */
@Service
public class SafetyAnswers {

	/** The longest free text kept with an answer: what fits in a long SMS. */
	public static final int MAX_MESSAGE = 1600;

	private final AnswerStore answers;

	private final HelpCaseStore helpCases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SafetyAnswers(AnswerStore answers, HelpCaseStore helpCases, ApplicationEventPublisher events, Clock clock) {
		this.answers = answers;
		this.helpCases = helpCases;
		this.events = events;
		this.clock = clock;
	}

	/** Those of {@code subscribers} who have answered the check-in, whatever they answered. */
	@Transactional(readOnly = true)
	public Set<UUID> answered(UUID checkInId, Collection<UUID> subscribers) {
		return answers.answered(checkInId, subscribers);
	}

	/**
	 * Records one answer for each of {@code subscribers} (one phone may speak for several enrollments), now.
	 *
	 * @param message what the citizen wrote with a "need help" answer; null when nothing, and ignored for "safe"
	 * @return when it was recorded
	 */
	@Transactional
	public Instant record(UUID checkInId, Collection<UUID> subscribers, SafetyAnswer answer, AnswerChannel channel,
			String message) {
		return record(checkInId, subscribers, answer, channel, message, HelpDetails.NONE);
	}

	/**
	 * As {@link #record(UUID, Collection, SafetyAnswer, AnswerChannel, String)}, with what the citizen said about the
	 * help they need (kept only with a "need help" answer).
	 */
	@Transactional
	public Instant record(UUID checkInId, Collection<UUID> subscribers, SafetyAnswer answer, AnswerChannel channel,
			String message, HelpDetails help) {
		Instant now = clock.instant();
		boolean needsHelp = answer == SafetyAnswer.NEED_HELP;
		String kept = needsHelp && message != null && !message.isBlank()
				? message.strip().substring(0, Math.min(message.strip().length(), MAX_MESSAGE)) : null;
		HelpDetails details = needsHelp && help != null ? help : HelpDetails.NONE;
		List<Answer> rows = subscribers.stream()
			.map(subscriber -> new Answer(checkInId, subscriber, answer, channel, now, kept, details))
			.toList();
		answers.record(rows);
		if (needsHelp) {
			helpCases.needHelp(checkInId, subscribers, now);
		}
		rows.forEach(row -> events.publishEvent(
				new SafetyReported(checkInId, row.subscriberId(), answer, channel, now)));
		return now;
	}
}
