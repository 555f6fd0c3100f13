package org.beacon.subscribers;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.beacon.subscribers.Challenges.Challenge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data ends with the trip: what the citizen is told of it (the privacy notice's {@link Terms}) and the link in the
 * notice that keeps an enrollment left without a place ({@link RetentionRule}; the job is {@code RetentionSchedule}).
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/**
	 * @param daysAfterTrip days from a place's end date to its deletion
	 * @param noticeDays days from the notice to the deletion of an enrollment left without a place
	 */
	public record Terms(long daysAfterTrip, long noticeDays) {
	}

	private final EmailLinks links;

	private final Challenges challenges;

	private final ContactPoints contactPoints;

	private final LapsedEnrollments lapsed;

	private final RetentionRule rule;

	private final Clock clock;

	Retention(EmailLinks links, Challenges challenges, ContactPoints contactPoints, LapsedEnrollments lapsed,
			SubscribersProperties properties, Clock clock) {
		this.links = links;
		this.challenges = challenges;
		this.contactPoints = contactPoints;
		this.lapsed = lapsed;
		this.rule = RetentionRule.of(properties);
		this.clock = clock;
	}

	public Terms terms() {
		return new Terms(rule.daysAfterTrip(), rule.noticeDays());
	}

	/**
	 * Keeps the enrollment whose notice carried this link: its deletion is off, and it is kept as if a trip ended
	 * today, so it gets a new notice before {@link Terms#daysAfterTrip} days are over unless a trip is added. Like a
	 * sign-in link, the link works once, until the deletion day, and only while the address or number it was sent
	 * to is still the enrollment's; opening it proves the citizen reads it. It is used up either way.
	 *
	 * @return the citizen it keeps, to sign in; empty for a link that is unknown, used, expired or overtaken
	 */
	@Transactional
	public Optional<UUID> keep(String token) {
		Optional<Challenge> found = links.find(token, ChallengePurpose.KEEP_BY_EMAIL)
			.or(() -> links.find(token, ChallengePurpose.KEEP_BY_SMS));
		Instant now = clock.instant();
		if (found.isEmpty() || !redeem(found.get(), now)) {
			return Optional.empty();
		}
		UUID subscriberId = found.get().subscriberId();
		lapsed.kept(subscriberId, RetentionRule.today(now));
		log.info("Subscriber {} kept their enrollment", subscriberId);
		return Optional.of(subscriberId);
	}

	private boolean redeem(Challenge link, Instant now) {
		return link.open(now) && challenges.use(link.id(), now)
				&& contactPoints.markVerified(link.subscriberId(), link.purpose().channel(), link.destination(), now);
	}
}
