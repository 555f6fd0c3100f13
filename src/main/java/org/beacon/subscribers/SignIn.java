package org.beacon.subscribers;

import java.time.Clock;
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
 * address is enrolled. Opening the link proves the citizen reads the address, so it also verifies it; a link sent
 * to an address the enrollment no longer has signs nobody in.
 */
@Service
public class SignIn {

	private static final Logger log = LoggerFactory.getLogger(SignIn.class);

	private final ContactPoints contactPoints;

	private final EmailLinks links;

	private final ChallengeIssuer issuer;

	private final Clock clock;

	SignIn(ContactPoints contactPoints, EmailLinks links, ChallengeIssuer issuer, Clock clock) {
		this.contactPoints = contactPoints;
		this.links = links;
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

	/**
	 * @return the subscriber the link signs in, when it is valid, unused, unexpired and was sent to the enrollment's
	 *     current address (as verify links, see {@link EmailLinks}); it is used up either way
	 */
	@Transactional
	public Optional<UUID> redeem(String token) {
		Optional<Challenge> found = links.find(token, ChallengePurpose.SIGN_IN);
		if (found.isEmpty() || !links.redeem(found.get(), clock.instant())) {
			return Optional.empty();
		}
		UUID subscriberId = found.get().subscriberId();
		log.info("Subscriber {} signed in", subscriberId);
		return Optional.of(subscriberId);
	}
}
