package org.beacon.subscribers;

import java.time.Instant;
import java.util.Optional;

import org.beacon.subscribers.Challenges.Challenge;
import org.springframework.stereotype.Component;

/**
 * The links emailed to citizens (verify the address, sign in), redeemed by one rule whatever they are for: a link
 * works once, before it expires, and only while the address it was sent to is still the enrollment's; opening it
 * proves the citizen reads that address, so it verifies it.
 */
@Component
class EmailLinks {

	/** Far longer than any link's secret (43 characters): anything longer is not one, and is not hashed. */
	private static final int MAX_TOKEN = 100;

	private final Challenges challenges;

	private final ContactPoints contactPoints;

	EmailLinks(Challenges challenges, ContactPoints contactPoints) {
		this.challenges = challenges;
		this.contactPoints = contactPoints;
	}

	/** @return the link of this purpose whose secret the token is, used or not; empty for anything else */
	Optional<Challenge> find(String token, ChallengePurpose purpose) {
		if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
			return Optional.empty();
		}
		return challenges.findLink(ChallengeSecrets.hash(token.trim()), purpose);
	}

	/**
	 * Uses the link up and verifies its address. Call it in a transaction, and let it commit when this answers
	 * false: a link refused because its address changed is used up all the same.
	 *
	 * @return false when the link was used or expired, or its address is no longer the enrollment's (the citizen
	 *     changed it after the link was sent)
	 */
	boolean redeem(Challenge link, Instant now) {
		return link.open(now) && challenges.use(link.id(), now)
				&& contactPoints.markVerified(link.subscriberId(), Channel.EMAIL, link.destination(), now);
	}
}
