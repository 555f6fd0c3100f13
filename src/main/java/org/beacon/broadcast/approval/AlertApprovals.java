package org.beacon.broadcast.approval;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.beacon.broadcast.AlertIssued;
import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.ApprovalReason;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.Lifetime;
import org.beacon.broadcast.issuing.AlertAudiences;
import org.beacon.broadcast.issuing.AlertLifetimes;
import org.beacon.broadcast.issuing.AlertUpdates;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.AlertNotFoundException;
import org.beacon.broadcast.store.AlertStateException;
import org.beacon.broadcast.store.Alerts;
import org.beacon.broadcast.store.PostCoverage;
import org.beacon.ledger.DeliveryProgress;
import org.beacon.platform.Masking;
import org.beacon.staff.Post;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second person of the two-person rule. An APPROVER whose post covers every country of an alert awaiting
 * approval, and who did not compose it, approves it (it is then issued exactly as if its author had issued it:
 * {@link AlertIssued} through the outbox, in the transaction that changes its status) or rejects it (never sent).
 * Each decision publishes {@link StaffActed}, so the audit row commits with it. Updates the rule held
 * ({@link AlertUpdates}) are decided here too.
 */
@Service
public class AlertApprovals {

	private static final Logger log = LoggerFactory.getLogger(AlertApprovals.class);

	private final PendingApprovals pending;

	private final Alerts alerts;

	private final StaffDirectory staff;

	private final ApplicationEventPublisher events;

	private final AlertAudiences audiences;

	private final Clock clock;

	private final AlertLifetimes lifetimes;

	AlertApprovals(PendingApprovals pending, Alerts alerts, StaffDirectory staff, ApplicationEventPublisher events,
			AlertAudiences audiences, Clock clock, AlertLifetimes lifetimes) {
		this.lifetimes = lifetimes;
		this.audiences = audiences;
		this.pending = pending;
		this.alerts = alerts;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	/** Alerts awaiting approval whose every country the approver's post covers, oldest first; none for others. */
	@Transactional(readOnly = true)
	public List<AwaitingApproval> awaiting(String username, int limit) {
		StaffMember member = member(username);
		if (!member.roles().contains(StaffRole.APPROVER)) {
			return List.of();
		}
		Set<String> countries = member.roles().contains(StaffRole.ADMIN) ? null : member.countries();
		return pending.within(countries, limit).stream()
			.map(found -> new AwaitingApproval(AlertView.of(found.alert(), DeliveryProgress.notStarted()),
					found.reason(), found.audience(), audienceNow(found), found.alert().issuedBy().equals(username),
					found.follows(), found.followsTitle()))
			.toList();
	}

	/**
	 * Issues an alert awaiting approval. An update is issued as the follow-up it was composed as: the fan-out takes
	 * its recipients from the followed alert's ledger when it runs, as for an update its author could send alone.
	 */
	@Transactional
	public AlertView approve(UUID id, String username) {
		PendingApprovals.Pending waiting = decidable(id, username);
		Alert alert = waiting.alert();
		Lifetime lifetime = lifetimes.atApproval(alert, clock.instant());
		if (lifetime.expiredBy(clock.instant())) {
			throw new AlertStateException("Alert " + id + " expired at " + lifetime.expires()
					+ " while it waited for approval; compose it again with a later expiry");
		}
		alerts.relife(id, lifetime);
		alerts.review(id, AlertStatus.PENDING_APPROVAL, AlertStatus.ISSUED, username, clock.instant());
		Alert issued = alerts.find(id).orElseThrow();
		AlertIssued event = issued.issued(sender(issued));
		events.publishEvent(waiting.follows() == null ? event : event.following(waiting.follows()));
		if (waiting.follows() != null) {
			// The update supersedes the alert it follows (CAP Update): from now on it is the one in force.
			alerts.end(waiting.follows(), issued.issuedAt());
		}
		events.publishEvent(StaffActed.on(id, StaffAction.APPROVE, username, issued.title(), clock));
		log.info("{} approved alert {} composed by {} for {}", Masking.typed(username), id,
				Masking.typed(alert.issuedBy()), alert.countries());
		return AlertView.of(issued, DeliveryProgress.notStarted());
	}

	/** Rejects an alert awaiting approval: it is never sent. */
	@Transactional
	public AlertView reject(UUID id, String username, String reason) {
		decidable(id, username);
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		pending.reject(id, username, clock.instant(), why);
		events.publishEvent(StaffActed.on(id, StaffAction.REJECT, username, why, clock));
		log.info("{} rejected alert {}", Masking.typed(username), id);
		return AlertView.of(alerts.find(id).orElseThrow(), DeliveryProgress.notStarted());
	}

	/** The waiting alert, locked, once the member may decide it. */
	private PendingApprovals.Pending decidable(UUID id, String username) {
		StaffMember member = member(username);
		if (!member.roles().contains(StaffRole.APPROVER)) {
			throw new AccessDeniedException("Only an APPROVER may approve or reject an alert");
		}
		Alert alert = alerts.find(id)
			.filter(found -> PostCoverage.mayActOn(member, found.countries()))
			.orElseThrow(() -> new AlertNotFoundException(id));
		PendingApprovals.Pending waiting = pending.lock(id)
			.orElseThrow(() -> new AlertStateException(
					"Alert " + id + " is not awaiting approval (it is " + alert.status() + ")"));
		if (waiting.alert().issuedBy().equals(username)) {
			throw new ApprovalRefusedException(
					"You composed alert " + id + ": another approver must approve or reject it");
		}
		return waiting;
	}

	/** An update would reach the original's recipients, not its area's residents: counted as the fan-out counts. */
	private Map<Channel, Long> audienceNow(PendingApprovals.Pending found) {
		return found.follows() == null ? audiences.count(found.alert())
				: audiences.followUp(found.follows(), found.alert().channels());
	}

	private String sender(Alert alert) {
		return staff.post(alert.postId()).map(Post::name).orElse(BroadcastManagement.DEPARTMENT);
	}

	private StaffMember member(String username) {
		return staff.find(username).orElseThrow(() -> new AccessDeniedException("No active staff account"));
	}

	/**
	 * An alert awaiting approval.
	 *
	 * @param audienceWhenComposed how many recipients it had when composed; null when not counted
	 * @param audienceNow how many recipients it would reach if approved now, per channel
	 * @param ownAlert whether the viewer composed it (and so may not decide it)
	 * @param follows for an update (CAP Update), the alert it follows; null for a newly composed alert
	 * @param followsTitle the title of the alert it follows; null for a newly composed alert
	 */
	public record AwaitingApproval(AlertView alert, ApprovalReason reason, Long audienceWhenComposed,
			Map<Channel, Long> audienceNow, boolean ownAlert, UUID follows, String followsTitle) {
	}
}
