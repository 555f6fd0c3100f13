package org.beacon.subscribers;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.beacon.platform.Masking;
import org.beacon.subscribers.Challenges.Challenge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password-less sign-in: "email me a sign-in link" (single use, 15 minutes). Asking never tells whether the
 * address is enrolled. Opening the link proves the citizen reads the address, so it also verifies it.
 */
@Service
public class SignIn {

	private static final Logger log = LoggerFactory.getLogger(SignIn.class);

	private final ContactPoints contactPoints;

	private final Challenges challenges;

	private final ChallengeIssuer issuer;

	private final Clock clock;

	SignIn(ContactPoints contactPoints, Challenges challenges, ChallengeIssuer issuer, Clock clock) {
		this.contactPoints = contactPoints;
		this.challenges = challenges;
		this.issuer = issuer;
		this.clock = clock;
	}

	/**
	 * Emails a sign-in link to each enrollment with this address, within the resend limits; does nothing for an
	 * address not enrolled, and says nothing either way.
	 */
	@Transactional
	public void requestLink(String email) {
		if (email == null || email.isBlank()) {
			return;
		}
		String address = email.trim().toLowerCase(Locale.ROOT);
		var enrollments = contactPoints.withEmail(address);
		enrollments.forEach(id -> issuer.issue(id, ChallengePurpose.SIGN_IN, address));
		log.info("Sign-in link asked for {} ({} enrollment(s))", Masking.email(address), enrollments.size());
	}

	/** @return the subscriber the link signs in, when it is valid, unused and unexpired; it is used up */
	@Transactional
	public Optional<UUID> redeem(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Challenge> found = challenges.findLink(ChallengeSecrets.hash(token.trim()), ChallengePurpose.SIGN_IN);
		Instant now = clock.instant();
		if (found.isEmpty() || !found.get().open(now) || !challenges.use(found.get().id(), now)) {
			return Optional.empty();
		}
		Challenge challenge = found.get();
		contactPoints.markVerified(challenge.subscriberId(), Channel.EMAIL, challenge.destination(), now);
		log.info("Subscriber {} signed in", challenge.subscriberId());
		return Optional.of(challenge.subscriberId());
	}
}
