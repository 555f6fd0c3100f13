package org.beacon.subscribers;

import java.util.UUID;

import org.beacon.platform.Routed;
import org.beacon.platform.Topics;
import org.springframework.modulith.events.Externalized;

/**
 * A secret is ready to be sent to a contact point. Externalized to Kafka ({@code beacon.challenges.email} or
 * {@code .sms}, keyed by subscriber id) after the enrolling transaction commits, so whichever process runs the
 * channel's worker sends it. It carries no address and no secret: the sender asks {@link ChallengeMessages} for
 * them, and gets nothing once the challenge is used, expired or its address changed.
 */
@Externalized
public record ChallengeIssued(UUID challengeId, UUID subscriberId, Channel channel) implements Routed {

	@Override
	public String topic() {
		return channel == Channel.SMS ? Topics.SMS_CHALLENGES : Topics.EMAIL_CHALLENGES;
	}

	@Override
	public String key() {
		return subscriberId.toString();
	}
}
