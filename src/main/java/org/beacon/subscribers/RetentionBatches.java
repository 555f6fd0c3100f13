package org.beacon.subscribers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.beacon.subscribers.LapsedEnrollments.Due;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One batch of each step of the retention job ({@link RetentionRule}), each in its own transaction, which claims its
 * rows and acts on them: a notice is recorded and its keep link issued ({@link ChallengeIssued}, through the outbox)
 * in the transaction that claimed the enrollment, so it goes out once however many processes run the job.
 */
@Component
class RetentionBatches {

	/** Rows per transaction: small enough to hold their locks briefly. */
	static final int SIZE = 200;

	/** Where a notice went: by email, by SMS, or nowhere (no contact point may be sent one). */
	enum Notice {
		EMAIL, SMS, UNREACHABLE
	}

	private final LapsedEnrollments lapsed;

	private final ChallengeIssuer issuer;

	private final Enrollment enrollment;

	private final RetentionRule rule;

	RetentionBatches(LapsedEnrollments lapsed, ChallengeIssuer issuer, Enrollment enrollment,
			SubscribersProperties properties) {
		this.lapsed = lapsed;
		this.issuer = issuer;
		this.enrollment = enrollment;
		this.rule = RetentionRule.of(properties);
	}

	/** @return the places deleted */
	@Transactional
	int deletePlaces(LocalDate today) {
		return lapsed.deletePlacesEndedBy(rule.placesEndedBy(today), SIZE);
	}

	/**
	 * Tells the citizens whose enrollment's last place goes within the notice period, by their verified email address,
	 * else by their verified phone; an enrollment neither may reach is noticed all the same, and deleted in its turn.
	 *
	 * @return one notice per enrollment claimed
	 */
	@Transactional
	List<Notice> sendNotices(Instant now) {
		List<Notice> notices = new ArrayList<>();
		for (Due due : lapsed.claimDueNotices(rule.noticeWhenEndedBy(RetentionRule.today(now)), SIZE)) {
			lapsed.noticed(due.id(), now);
			Instant expiry = rule.keepLinkExpiry(now);
			if (due.emailReachable() && due.email() != null
					&& issued(due.id(), ChallengePurpose.KEEP_BY_EMAIL, due.email(), expiry)) {
				notices.add(Notice.EMAIL);
			}
			else if (due.phoneReachable() && due.phone() != null
					&& issued(due.id(), ChallengePurpose.KEEP_BY_SMS, due.phone(), expiry)) {
				notices.add(Notice.SMS);
			}
			else {
				notices.add(Notice.UNREACHABLE);
			}
		}
		return notices;
	}

	/** @return the enrollments deleted, each as its citizen's own deletion is ({@link Enrollment#erase}) */
	@Transactional
	int deleteEnrollments(LocalDate today) {
		List<UUID> due = lapsed.claimDueDeletions(rule.deleteNoticedBefore(today), SIZE);
		due.forEach(enrollment::erase);
		return due.size();
	}

	private boolean issued(UUID id, ChallengePurpose purpose, String destination, Instant expiry) {
		return issuer.issue(id, purpose, destination, expiry).isEmpty();
	}
}
