package org.beacon.checkins;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.beacon.checkins.AnswerLinks.Link;
import org.beacon.checkins.store.CheckIn;
import org.beacon.checkins.store.CheckInStore;
import org.beacon.checkins.store.LinkUses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers given with the links of a check-in's email ({@link AnswerLinks}). Looking at a link records nothing (mail
 * scanners open links before their readers do); confirming it records its answer once: a link used before records
 * nothing more and tells what it recorded. Each link stands on its own, so a reader's "I am safe" link still records
 * once after they said they need help by SMS (the latest answer wins). A link that Beacon did not sign, or whose
 * check-in has ended, records nothing and tells whom to call.
 */
@Service
public class EmailAnswers {

	private static final Logger log = LoggerFactory.getLogger(EmailAnswers.class);

	private final AnswerLinks links;

	private final CheckInStore checkIns;

	private final LinkUses uses;

	private final SafetyAnswers answers;

	private final EmergencyLines lines;

	private final Clock clock;

	EmailAnswers(AnswerLinks links, CheckInStore checkIns, LinkUses uses, SafetyAnswers answers, EmergencyLines lines,
			Clock clock) {
		this.links = links;
		this.checkIns = checkIns;
		this.uses = uses;
		this.answers = answers;
		this.lines = lines;
		this.clock = clock;
	}

	/** Where a link stands. */
	public enum State {
		/** It may record its answer. */
		OPEN,
		/** It has just recorded its answer. */
		RECORDED,
		/** It had recorded its answer before. */
		USED,
		/** Its check-in has ended (closed by staff, or past its deadline), or the link has expired. */
		CLOSED,
		/** Beacon did not sign it: forged, altered or cut short, or its check-in is gone. */
		INVALID
	}

	/**
	 * What a link's page shows.
	 *
	 * @param answer the link's answer; null for an invalid link
	 * @param title the check-in's title; null for an invalid link
	 * @param at when the answer was recorded (recorded, used), or when the check-in ended (closed); null otherwise
	 * @param postName the post that asked; null for an invalid link
	 * @param emergencyPhone whom to call: the post's emergency number, or the Department of State's when unknown
	 * @param country the check-in's first country, where a phone typed without its country code is taken to be
	 */
	public record Page(State state, SafetyAnswer answer, String title, Instant at, String postName,
			String emergencyPhone, String country) {
	}

	/** The link's page, recording nothing. */
	@Transactional(readOnly = true)
	public Page look(String checkInId, String subscriberId, String answer, String token) {
		Optional<Link> link = links.read(checkInId, subscriberId, answer, token);
		Optional<CheckIn> checkIn = link.flatMap(read -> checkIns.find(read.checkInId()));
		if (checkIn.isEmpty()) {
			return invalid();
		}
		Optional<Instant> used = uses.usedAt(checkIn.get().id(), link.get().subscriberId(), link.get().answer());
		if (used.isPresent()) {
			return page(State.USED, link.get(), checkIn.get(), used.get());
		}
		if (!checkIn.get().open(clock.instant()) || links.expired(link.get())) {
			return page(State.CLOSED, link.get(), checkIn.get(), checkIn.get().ended());
		}
		return page(State.OPEN, link.get(), checkIn.get(), null);
	}

	/**
	 * Records the link's answer, once, with what the citizen said about the help they need (kept with "need help"
	 * only), and publishes it ({@link SafetyAnswers}) in this transaction.
	 *
	 * @return {@link State#RECORDED} when it did; otherwise what {@link #look} would show
	 */
	@Transactional
	public Page answer(String checkInId, String subscriberId, String answer, String token, HelpDetails help) {
		Page page = look(checkInId, subscriberId, answer, token);
		if (page.state() != State.OPEN) {
			return page;
		}
		Link link = links.read(checkInId, subscriberId, answer, token).orElseThrow();
		Instant now = clock.instant();
		if (!uses.claim(link.checkInId(), link.subscriberId(), link.answer(), now)) {
			// Another request with the same link was first.
			return look(checkInId, subscriberId, answer, token);
		}
		// The form's words are the help details' own (help_needed); the answer's message is an SMS's free text.
		answers.record(link.checkInId(), List.of(link.subscriberId()), link.answer(), AnswerChannel.EMAIL, null,
				help);
		log.info("Subscriber {} answered check-in {} by email: {}", link.subscriberId(), link.checkInId(),
				link.answer());
		return new Page(State.RECORDED, page.answer(), page.title(), now, page.postName(), page.emergencyPhone(),
				page.country());
	}

	private Page page(State state, Link link, CheckIn checkIn, Instant at) {
		return new Page(state, link.answer(), checkIn.title(), at, lines.post(checkIn).name(), lines.phone(checkIn),
				checkIn.countries().isEmpty() ? null : checkIn.countries().get(0));
	}

	private static Page invalid() {
		return new Page(State.INVALID, null, null, null, null, EmergencyLines.OVERSEAS_CITIZEN_SERVICES, null);
	}
}
