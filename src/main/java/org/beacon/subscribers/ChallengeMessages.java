package org.beacon.subscribers;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the channel workers send for a {@link ChallengeIssued}: the address, the language and the secret. */
@Service
public class ChallengeMessages {

	private final Challenges challenges;

	private final ContactPoints contactPoints;

	private final ChallengeSecrets secrets;

	private final Clock clock;

	ChallengeMessages(Challenges challenges, ContactPoints contactPoints, ChallengeSecrets secrets, Clock clock) {
		this.challenges = challenges;
		this.contactPoints = contactPoints;
		this.secrets = secrets;
		this.clock = clock;
	}

	/**
	 * @return the message to send, or empty when there is nothing to send any more: the challenge was used or
	 *     expired, the citizen left, or changed the address it was for
	 */
	@Transactional(readOnly = true)
	public Optional<ChallengeMessage> outgoing(UUID challengeId) {
		return challenges.find(challengeId)
			.filter(challenge -> challenge.open(clock.instant()))
			.flatMap(challenge -> contactPoints.find(challenge.subscriberId())
				.filter(current -> challenge.destination().equals(current.destination(challenge.purpose().channel())))
				.map(current -> {
					String secret = secrets.secret(challengeId, challenge.purpose());
					return new ChallengeMessage(challenge.purpose(), challenge.destination(), current.locale(), secret,
							path(challenge.purpose(), secret), challenge.expiresAt());
				}));
	}

	private static String path(ChallengePurpose purpose, String secret) {
		return switch (purpose) {
			case VERIFY_EMAIL -> "/verify/email?t=" + secret;
			case SIGN_IN -> "/signin/link?t=" + secret;
			case KEEP_BY_EMAIL, KEEP_BY_SMS -> "/keep?t=" + secret;
			case VERIFY_PHONE -> null;
		};
	}
}
