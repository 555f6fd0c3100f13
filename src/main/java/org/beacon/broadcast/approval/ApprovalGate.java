package org.beacon.broadcast.approval;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.beacon.broadcast.AlertIssued;
import org.beacon.broadcast.Submission;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.Alerts;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two-person rule's gate between composing and sending: a drafted alert or update is stored and goes out at once,
 * or is stored to wait for an approver. New alerts and updates pass the same gate, so that both are audited and
 * published alike.
 */
@Component
public class ApprovalGate {

	/**
	 * How an alert that passes the gate is announced.
	 *
	 * @param username its author
	 * @param sender the post that sends it, named in its {@link AlertIssued}
	 * @param action how the audit log names it when it goes out at once ({@code ISSUE}, {@code UPDATE})
	 * @param what how the audit log describes it
	 * @param follows the alert an update follows; null for a new alert
	 */
	public record Passage(String username, String sender, StaffAction action, String what, UUID follows) {
	}

	private final Alerts alerts;

	private final PendingApprovals pending;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApprovalGate(Alerts alerts, PendingApprovals pending, ApplicationEventPublisher events, Clock clock) {
		this.alerts = alerts;
		this.pending = pending;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores the draft. When {@code hold} is present it is stored waiting for approval, with the reason, and audited
	 * as submitted for approval; otherwise its {@link AlertIssued} is published in the caller's transaction (the
	 * outbox hands it to Kafka once that commits) and it is audited as {@code passage.action()}.
	 *
	 * @param submission the one-time key it was asked with; null when there is none
	 * @return the stored alert; empty when an alert of the same author and submission was stored first, in which case
	 *     nothing is stored or published
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Alert> pass(Alert draft, Optional<ApprovalPolicy.Hold> hold, Submission submission,
			Passage passage) {
		Alert alert = hold.map(held -> draft.held(held.reason())).orElse(draft);
		if (!alerts.insert(alert, submission)) {
			return Optional.empty();
		}
		if (hold.isPresent()) {
			pending.hold(alert.id(), hold.get());
			audit(alert, StaffAction.SUBMIT_FOR_APPROVAL, passage);
		}
		else {
			AlertIssued issued = alert.issued(passage.sender());
			events.publishEvent(passage.follows() == null ? issued : issued.following(passage.follows()));
			if (passage.follows() != null) {
				// The update supersedes the alert it follows (CAP Update): from now on it is the one in force.
				alerts.end(passage.follows(), alert.issuedAt());
			}
			audit(alert, passage.action(), passage);
		}
		return Optional.of(alert);
	}

	private void audit(Alert alert, StaffAction action, Passage passage) {
		events.publishEvent(StaffActed.on(alert.id(), action, passage.username(), passage.what(), clock));
	}
}
