package org.beacon.subscribers;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.beacon.subscribers.Challenges.Challenge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens prove their contact points are theirs: an email link (single use, 24 hours) and a 6-digit SMS code
 * (10 minutes, 5 attempts). Until then the contact point gets no alerts ({@link Eligibility}). A check that fails
 * says why, as a value: the attempt it counted must be committed, not rolled back with an exception.
 */
@Service
public class Verification {

	private static final Logger log = LoggerFactory.getLogger(Verification.class);

	/** Wrong codes allowed per SMS code. */
	public static final int MAX_ATTEMPTS = 5;

	private final Challenges challenges;

	private final ContactPoints contactPoints;

	private final ChallengeIssuer issuer;

	private final EmailLinks links;

	private final Clock clock;

	Verification(Challenges challenges, ContactPoints contactPoints, ChallengeIssuer issuer, EmailLinks links,
			Clock clock) {
		this.challenges = challenges;
		this.contactPoints = contactPoints;
		this.issuer = issuer;
		this.links = links;
		this.clock = clock;
	}

	/** What the citizen has verified, with the contact points (for their own pages only). */
	public record Status(UUID subscriberId, String email, boolean emailVerified, String phone, boolean phoneVerified) {
	}

	public enum Check {
		VERIFIED,
		/** The code is not the one sent; attempts remain. */
		WRONG,
		/** Too many wrong codes: a new one must be asked for. */
		LOCKED,
		/** Expired, used, replaced, or sent to an address the citizen has changed since. */
		EXPIRED,
		/** No such link or code. */
		UNKNOWN
	}

	/** @param attemptsLeft for WRONG: how many more codes may be tried */
	public record Result(Check check, UUID subscriberId, int attemptsLeft) {
	}

	@Transactional(readOnly = true)
	public Optional<Status> status(UUID subscriberId) {
		return contactPoints.find(subscriberId)
			.map(c -> new Status(c.id(), c.email(), c.emailVerified(), c.phone(), c.phoneVerified()));
	}

	@Transactional
	public Result verifyEmail(String token) {
		Optional<Challenge> found = links.find(token, ChallengePurpose.VERIFY_EMAIL);
		if (found.isEmpty()) {
			return new Result(Check.UNKNOWN, null, 0);
		}
		Challenge challenge = found.get();
		if (!links.redeem(challenge, clock.instant())) {
			return new Result(Check.EXPIRED, challenge.subscriberId(), 0);
		}
		log.info("Subscriber {} verified their email address", challenge.subscriberId());
		return new Result(Check.VERIFIED, challenge.subscriberId(), 0);
	}

	@Transactional
	public Result verifyPhone(UUID subscriberId, String code) {
		Optional<Challenge> latest = challenges.latest(subscriberId, ChallengePurpose.VERIFY_PHONE);
		Instant now = clock.instant();
		if (latest.isEmpty()) {
			return new Result(Check.UNKNOWN, subscriberId, 0);
		}
		Challenge challenge = latest.get();
		if (!challenge.open(now)) {
			return new Result(Check.EXPIRED, subscriberId, 0);
		}
		OptionalInt attempts = challenges.attempt(challenge.id(), MAX_ATTEMPTS);
		if (attempts.isEmpty()) {
			return new Result(Check.LOCKED, subscriberId, 0);
		}
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		if (!ConstantTime.equal(ChallengeSecrets.hash(typed), challenge.secretHash())) {
			int left = MAX_ATTEMPTS - attempts.getAsInt();
			return new Result(left == 0 ? Check.LOCKED : Check.WRONG, subscriberId, left);
		}
		if (!challenges.use(challenge.id(), now)
				|| !contactPoints.markVerified(subscriberId, Channel.SMS, challenge.destination(), now)) {
			return new Result(Check.EXPIRED, subscriberId, 0);
		}
		log.info("Subscriber {} verified their phone number", subscriberId);
		return new Result(Check.VERIFIED, subscriberId, 0);
	}

	/**
	 * Sends a new link or code to a contact point not yet verified.
	 *
	 * @return when the citizen may ask again if they must wait first; empty when it was sent, or when there is
	 *     nothing to verify on that channel
	 */
	@Transactional
	public Optional<Instant> resend(UUID subscriberId, Channel channel) {
		return contactPoints.find(subscriberId)
			.filter(c -> c.destination(channel) != null && !c.verified(channel))
			.flatMap(c -> issuer.issue(subscriberId, purpose(channel), c.destination(channel)));
	}

	/** Sends a challenge to each contact point of the subscriber that is not verified. Call it in a transaction. */
	void challengeUnverified(UUID subscriberId) {
		contactPoints.find(subscriberId).ifPresent(c -> {
			for (Channel channel : Channel.chosen()) {
				if (c.destination(channel) != null && !c.verified(channel)) {
					issuer.issue(subscriberId, purpose(channel), c.destination(channel));
				}
			}
		});
	}

	private static ChallengePurpose purpose(Channel channel) {
		return channel == Channel.SMS ? ChallengePurpose.VERIFY_PHONE : ChallengePurpose.VERIFY_EMAIL;
	}
}
