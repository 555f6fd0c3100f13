package org.beacon.subscribers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.beacon.subscribers.Challenges.Challenge;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates challenges and has them sent ({@link ChallengeIssued}), within limits: at most one a minute and five an
 * hour per citizen and purpose, so nobody can use Beacon to flood a phone or a mailbox. Call it in a transaction.
 */
@Component
class ChallengeIssuer {

	static final Duration MIN_GAP = Duration.ofMinutes(1);

	static final int MAX_PER_HOUR = 5;

	private final Challenges challenges;

	private final ChallengeSecrets secrets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChallengeIssuer(Challenges challenges, ChallengeSecrets secrets, ApplicationEventPublisher events, Clock clock) {
		this.challenges = challenges;
		this.secrets = secrets;
		this.events = events;
		this.clock = clock;
	}

	/** @return when the citizen may ask again, if they must wait; empty when the challenge was issued */
	Optional<Instant> issue(UUID subscriberId, ChallengePurpose purpose, String destination) {
		return issue(subscriberId, purpose, destination, clock.instant().plus(purpose.validFor()));
	}

	/** As {@link #issue(UUID, ChallengePurpose, String)}, for a challenge that works until {@code expiresAt}. */
	Optional<Instant> issue(UUID subscriberId, ChallengePurpose purpose, String destination, Instant expiresAt) {
		Instant now = clock.instant();
		Optional<Instant> wait = throttled(subscriberId, purpose, now);
		if (wait.isPresent()) {
			return wait;
		}
		UUID id = UUID.randomUUID();
		challenges.insert(new Challenge(id, subscriberId, purpose, destination,
				ChallengeSecrets.hash(secrets.secret(id, purpose)), now, expiresAt, null, 0));
		events.publishEvent(new ChallengeIssued(id, subscriberId, purpose.channel()));
		return Optional.empty();
	}

	private Optional<Instant> throttled(UUID subscriberId, ChallengePurpose purpose, Instant now) {
		Optional<Instant> last = challenges.latest(subscriberId, purpose).map(Challenge::createdAt);
		if (last.isPresent() && last.get().plus(MIN_GAP).isAfter(now)) {
			return Optional.of(last.get().plus(MIN_GAP));
		}
		if (challenges.countSince(subscriberId, purpose, now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
			return Optional.of(now.plus(Duration.ofHours(1)));
		}
		return Optional.empty();
	}
}
