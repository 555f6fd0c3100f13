package org.beacon.checkins;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.beacon.checkins.SafetyReported.Answered;
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

	/** The most answers one {@link SafetyReported} carries: about 130 KB of JSON, well within a Kafka record. */
	static final int EVENT_ANSWERS = 1000;

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
		return recordAll(List.of(new Recording(checkInId, subscribers, answer, channel, message, help)));
	}

	/** What one reply, link or call said, for {@link #recordAll}. */
	public record Recording(UUID checkInId, Collection<UUID> subscribers, SafetyAnswer answer, AnswerChannel channel,
			String message, HelpDetails help) {
	}

	/**
	 * Records several replies' answers in one transaction, all at one time, in their order (of two answers of one
	 * citizen, the later in the list wins), with one {@link SafetyReported} per check-in.
	 *
	 * @return when they were recorded
	 */
	@Transactional
	public Instant recordAll(List<Recording> recordings) {
		Instant now = clock.instant();
		List<Answer> rows = new ArrayList<>();
		Map<UUID, Set<UUID>> needHelp = new LinkedHashMap<>();
		for (Recording recording : recordings) {
			boolean needsHelp = recording.answer() == SafetyAnswer.NEED_HELP;
			String kept = needsHelp ? kept(recording.message()) : null;
			HelpDetails details = needsHelp && recording.help() != null ? recording.help() : HelpDetails.NONE;
			for (UUID subscriber : recording.subscribers()) {
				rows.add(new Answer(recording.checkInId(), subscriber, recording.answer(), recording.channel(), now,
						kept, details));
				if (needsHelp) {
					needHelp.computeIfAbsent(recording.checkInId(), id -> new LinkedHashSet<>()).add(subscriber);
				}
			}
		}
		answers.record(rows);
		needHelp.forEach((checkIn, subscribers) -> helpCases.needHelp(checkIn, subscribers, now));
		rows.stream()
			.collect(Collectors.groupingBy(Answer::checkInId, LinkedHashMap::new, Collectors.mapping(
					row -> new Answered(row.subscriberId(), row.answer(), row.channel(), row.answeredAt()),
					Collectors.toList())))
			.forEach((checkIn, answered) -> {
				for (int from = 0; from < answered.size(); from += EVENT_ANSWERS) {
					events.publishEvent(new SafetyReported(checkIn,
							answered.subList(from, Math.min(answered.size(), from + EVENT_ANSWERS))));
				}
			});
		return now;
	}

	private static String kept(String message) {
		if (message == null || message.isBlank()) {
			return null;
		}
		String stripped = message.strip();
		return stripped.substring(0, Math.min(stripped.length(), MAX_MESSAGE));
	}
}
