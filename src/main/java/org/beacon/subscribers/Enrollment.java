package org.beacon.subscribers;

import java.time.Clock;
import java.util.UUID;

import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens enroll, read, change and delete their enrollment. Every operation on an existing enrollment needs its
 * management token. A new or changed contact point is sent a verification link or code, and gets no alerts until
 * verified.
 */
@Service
public class Enrollment {

	private static final Logger log = LoggerFactory.getLogger(Enrollment.class);

	private final Subscribers subscribers;

	private final EnrollmentRules rules;

	private final ApplicationEventPublisher events;

	private final Verification verification;

	private final Clock clock;

	Enrollment(Subscribers subscribers, EnrollmentRules rules, ApplicationEventPublisher events,
			Verification verification, Clock clock) {
		this.subscribers = subscribers;
		this.rules = rules;
		this.events = events;
		this.verification = verification;
		this.clock = clock;
	}

	@Transactional
	public Enrolled enroll(EnrollmentRequest request) {
		EnrollmentRules.Checked checked = rules.check(request);
		UUID id = UUID.randomUUID();
		String token = ManagementTokens.generate();
		subscribers.insert(id, checked, ManagementTokens.hash(token), clock.instant());
		verification.challengeUnverified(id);
		log.info("Enrolled subscriber {} ({}, {}) in {} place(s)", id, Masking.email(checked.email()),
				Masking.phone(checked.phone()), checked.locations().size());
		return new Enrolled(subscribers.find(id).orElseThrow(), token);
	}

	@Transactional(readOnly = true)
	public SubscriberView find(UUID id, String token) {
		authorize(id, token);
		return subscribers.find(id).orElseThrow(EnrollmentNotFoundException::new);
	}

	@Transactional
	public SubscriberView replace(UUID id, String token, EnrollmentRequest request) {
		authorize(id, token);
		return replaceAuthenticated(id, request);
	}

	/** As {@link #replace}, for a citizen the caller authenticated otherwise (signed in). */
	@Transactional
	SubscriberView replaceAuthenticated(UUID id, EnrollmentRequest request) {
		subscribers.tokenHash(id).orElseThrow(EnrollmentNotFoundException::new);
		EnrollmentRules.Checked checked = rules.check(request);
		subscribers.update(id, checked, clock.instant());
		verification.challengeUnverified(id);
		log.info("Subscriber {} changed their enrollment", id);
		return subscribers.find(id).orElseThrow();
	}

	/** Deletes the enrollment and its places for good, and tells other features to forget the contact points. */
	@Transactional
	public void delete(UUID id, String token) {
		authorize(id, token);
		deleteAuthenticated(id);
	}

	/** As {@link #delete}, for a citizen the caller authenticated otherwise (signed in). */
	@Transactional
	void deleteAuthenticated(UUID id) {
		erase(id);
		log.info("Subscriber {} deleted their enrollment", id);
	}

	/**
	 * Deletes the enrollment, its places and its challenges, and tells other features to forget its contact points
	 * ({@link SubscriberLeft}): whoever asks for it, the citizen or the retention rule. Call it in a transaction.
	 */
	void erase(UUID id) {
		subscribers.delete(id);
		events.publishEvent(new SubscriberLeft(id));
	}

	/**
	 * Lets the caller act on the enrollment only with its management token; an unknown id and a wrong token are
	 * refused alike (404), so ids cannot be probed. Compares in constant time.
	 */
	void authorize(UUID id, String token) {
		byte[] hash = subscribers.tokenHash(id).orElseThrow(EnrollmentNotFoundException::new);
		if (!ManagementTokens.matches(token, hash)) {
			throw new EnrollmentNotFoundException();
		}
	}
}
