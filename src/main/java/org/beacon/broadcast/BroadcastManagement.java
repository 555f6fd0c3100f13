package org.beacon.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.beacon.broadcast.advisory.AdvisoryAlerts;
import org.beacon.broadcast.approval.AlertApprovals;
import org.beacon.broadcast.approval.ApprovalPolicy;
import org.beacon.broadcast.approval.ApprovalGate;
import org.beacon.broadcast.approval.ApprovalGate.Passage;
import org.beacon.broadcast.issuing.AlertAudiences;
import org.beacon.broadcast.issuing.AlertDrafts;
import org.beacon.broadcast.issuing.AlertLifetimes;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.AlertNotFoundException;
import org.beacon.broadcast.store.AlertStateException;
import org.beacon.broadcast.store.Alerts;
import org.beacon.broadcast.store.PostCoverage;
import org.beacon.ledger.DeliveryProgress;
import org.beacon.ledger.DeliveryReports;
import org.beacon.platform.Masking;
import org.beacon.staff.Post;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff issue alerts for the countries their post covers, and follow their delivery. Issuing stores the alert and
 * publishes {@link AlertIssued} in one transaction, so an alert is either stored and on its way to Kafka, or not
 * issued at all; alerts the two-person rule holds are stored and wait for {@link AlertApprovals}. Each staff
 * action publishes {@link StaffActed} in its transaction, for the audit log.
 */
@Service
public class BroadcastManagement {

	private static final Logger log = LoggerFactory.getLogger(BroadcastManagement.class);

	public static final String DEPARTMENT = "U.S. Department of State";

	private final Alerts alerts;

	private final StaffDirectory staff;

	private final AlertDrafts drafts;

	private final ApprovalPolicy approvalPolicy;

	private final ApprovalGate gate;

	private final DeliveryReports deliveries;

	private final ApplicationEventPublisher events;

	private final AdvisoryAlerts advisoryAlerts;

	private final Clock clock;

	private final AlertAudiences audiences;

	private final AlertLifetimes lifetimes;

	BroadcastManagement(Alerts alerts, StaffDirectory staff, AlertDrafts drafts, ApprovalPolicy approvalPolicy,
			ApprovalGate gate, DeliveryReports deliveries, ApplicationEventPublisher events,
			AdvisoryAlerts advisoryAlerts, Clock clock, AlertAudiences audiences, AlertLifetimes lifetimes) {
		this.lifetimes = lifetimes;
		this.audiences = audiences;
		this.alerts = alerts;
		this.staff = staff;
		this.drafts = drafts;
		this.approvalPolicy = approvalPolicy;
		this.gate = gate;
		this.deliveries = deliveries;
		this.events = events;
		this.advisoryAlerts = advisoryAlerts;
		this.clock = clock;
	}

	/**
	 * Issues an alert, or, when the two-person rule holds it ({@link ApprovalPolicy}), stores it as
	 * {@link AlertStatus#PENDING_APPROVAL} without sending it.
	 */
	@Transactional
	public AlertView issue(IssueAlertRequest request, String username) {
		return issue(request, username, null).orElseThrow();
	}

	/**
	 * As {@link #issue(IssueAlertRequest, String)}, storing the submission with the alert.
	 *
	 * @return empty when an alert of the same author and submission key was stored first (by a concurrent request):
	 *     nothing is stored or published then
	 */
	@Transactional
	public Optional<AlertView> issue(IssueAlertRequest request, String username, Submission submission) {
		return issue(request, username, submission, null);
	}

	/**
	 * As {@link #issue(IssueAlertRequest, String, Submission)}; with {@code answerBy}, a check-in: an alert that asks
	 * its recipients whether they are safe, taking answers until then. The two-person rule holds check-ins as it
	 * holds alerts.
	 *
	 * @param answerBy null for an alert that asks nothing
	 */
	@Transactional
	public Optional<AlertView> issue(IssueAlertRequest request, String username, Submission submission,
			Instant answerBy) {
		StaffMember member = member(username);
		Alert drafted = drafts.draft(request, member, clock.instant(), answerBy);
		Alert draft = drafted.reaching(audiences.reach(drafted));
		String what = draft.checkIn() ? "Check-in: " + draft.title() : draft.title();
		Optional<Alert> stored = gate.pass(draft, approvalPolicy.hold(draft), submission,
				new Passage(username, member.postName(), StaffAction.ISSUE, what, null));
		stored.ifPresent(alert -> log.info("{} {} {} {} alert {} for {} {} on {}", Masking.typed(username),
				alert.status() == AlertStatus.PENDING_APPROVAL ? "submitted" : "issued", alert.severity(),
				alert.type(), alert.id(), alert.countries(), alert.regions(), alert.channels()));
		return stored.map(alert -> AlertView.of(alert, DeliveryProgress.notStarted()));
	}

	@Transactional(readOnly = true)
	public AlertView find(UUID id, String username) {
		StaffMember member = member(username);
		Alert alert = alerts.find(id)
			.filter(found -> PostCoverage.mayRead(member, found.countries()))
			.orElseThrow(() -> new AlertNotFoundException(id));
		return AlertView.of(alert, deliveries.progress(id));
	}

	@Transactional(readOnly = true)
	public List<AlertView.Summary> recent(String username, int limit) {
		StaffMember member = member(username);
		Set<String> countries = member.roles().contains(StaffRole.ADMIN) ? null : member.countries();
		return alerts.recent(countries, limit).stream()
			.map(alert -> new AlertView.Summary(alert.id(), alert.status(), alert.origin(), alert.type(),
					alert.severity(), alert.title(), alert.countries(), alert.issuedAt(),
					deliveries.progress(alert.id()), alert.lifetime().expires()))
			.toList();
	}

	/** Issues an alert held for review; the reviewer's post must cover its countries. */
	@Transactional
	public AlertView approve(UUID id, String username) {
		Alert held = reviewable(id, username);
		alerts.relife(id, lifetimes.atApproval(held, clock.instant()));
		if (!alerts.review(id, AlertStatus.PENDING_REVIEW, AlertStatus.ISSUED, username, clock.instant())) {
			throw notPending(id);
		}
		Alert issued = alerts.find(id).orElseThrow();
		events.publishEvent(issued.issued(senderOf(issued)));
		advisoryAlerts.approved(issued);
		events.publishEvent(StaffActed.on(id, StaffAction.APPROVE_REVIEW, username,
				issued.title(), clock));
		log.info("{} approved held alert {} for {}", Masking.typed(username), id, held.countries());
		return AlertView.of(issued, DeliveryProgress.notStarted());
	}

	/** Discards an alert held for review: it is never sent. */
	@Transactional
	public AlertView discard(UUID id, String username) {
		Alert held = reviewable(id, username);
		if (!alerts.review(id, AlertStatus.PENDING_REVIEW, AlertStatus.DISCARDED, username, clock.instant())) {
			throw notPending(id);
		}
		events.publishEvent(StaffActed.on(id, StaffAction.DISCARD, username,
				held.title(), clock));
		log.info("{} discarded held alert {}", Masking.typed(username), id);
		return AlertView.of(alerts.find(id).orElseThrow(), deliveries.progress(id));
	}

	private Alert reviewable(UUID id, String username) {
		StaffMember member = member(username);
		Alert alert = alerts.find(id)
			.filter(found -> PostCoverage.mayActOn(member, found.countries()))
			.orElseThrow(() -> new AlertNotFoundException(id));
		if (alert.status() != AlertStatus.PENDING_REVIEW) {
			throw notPending(id);
		}
		return alert;
	}

	private static AlertStateException notPending(UUID id) {
		return new AlertStateException("Alert " + id + " is not waiting for review");
	}

	public String senderOf(Alert alert) {
		return staff.post(alert.postId()).map(Post::name).orElse(DEPARTMENT);
	}

	private StaffMember member(String username) {
		return staff.find(username).orElseThrow(() -> new AccessDeniedException("No active staff account"));
	}
}
