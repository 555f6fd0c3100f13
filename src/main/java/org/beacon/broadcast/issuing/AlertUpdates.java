package org.beacon.broadcast.issuing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.Lifetime;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.SmsText;
import org.beacon.broadcast.UpdateAlertRequest;
import org.beacon.broadcast.Wording;
import org.beacon.broadcast.approval.AlertApprovals;
import org.beacon.broadcast.approval.ApprovalPolicy;
import org.beacon.broadcast.approval.ApprovalGate;
import org.beacon.broadcast.approval.ApprovalGate.Passage;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.AlertLifecycle;
import org.beacon.broadcast.store.AlertStateException;
import org.beacon.broadcast.store.StaffAlerts;
import org.beacon.ledger.DeliveryProgress;
import org.beacon.ledger.DeliveryReports;
import org.beacon.ledger.FanOutState;
import org.beacon.platform.InvalidInputException;
import org.beacon.platform.Masking;
import org.beacon.staff.StaffAction;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Staff send an update (CAP msgType Update): a new alert, linked to the one it follows, with new words and the same
 * type, severity, area and channels. It reaches exactly the recipients of the alert it follows — those in its ledger
 * that were not cancelled, on the same channels — so nobody new and nobody missed; the fan-out takes them from that
 * ledger, which is why the followed alert's fan-out must be over. The two-person rule ({@link ApprovalPolicy}) holds an
 * update as it holds a new alert, judged by the update's severity and by the recipients it would reach: a held update
 * is stored {@link AlertStatus#PENDING_APPROVAL}, not sent, until {@link AlertApprovals} decides it.
 */
@Service
public class AlertUpdates {

	private static final Logger log = LoggerFactory.getLogger(AlertUpdates.class);

	private final StaffAlerts staffAlerts;

	private final AlertLifecycle lifecycle;

	private final DeliveryReports reports;

	private final BroadcastProperties properties;

	private final ApprovalPolicy approvalPolicy;

	private final ApprovalGate gate;

	private final Clock clock;

	private final AlertLifetimes lifetimes;

	AlertUpdates(StaffAlerts staffAlerts, AlertLifecycle lifecycle, DeliveryReports reports,
			BroadcastProperties properties, ApprovalPolicy approvalPolicy, ApprovalGate gate, Clock clock,
			AlertLifetimes lifetimes) {
		this.lifetimes = lifetimes;
		this.approvalPolicy = approvalPolicy;
		this.gate = gate;
		this.staffAlerts = staffAlerts;
		this.lifecycle = lifecycle;
		this.reports = reports;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Issues the update of an alert whose every country the officer's post covers, or stores it awaiting approval
	 * (status {@link AlertStatus#PENDING_APPROVAL} in the answer) when the two-person rule holds it.
	 *
	 * @throws AccessDeniedException when the staff member is not an OFFICER (only officers send alerts)
	 * @throws AlertNotFoundException (404) when there is no such alert for the post
	 * @throws AlertStateException (409) when it was never sent (held, discarded) or its audience is still being
	 *     resolved
	 */
	@Transactional
	public AlertView update(UUID id, UpdateAlertRequest request, String username) {
		StaffMember member = staffAlerts.member(username);
		if (!member.roles().contains(StaffRole.OFFICER)) {
			throw new AccessDeniedException("Only officers send alerts and their updates");
		}
		Alert original = staffAlerts.actionable(id, member);
		if (original.status() != AlertStatus.ISSUED && original.status() != AlertStatus.CANCELLED) {
			throw AlertStateException.cannotBe(id, original.status(), "updated");
		}
		FanOutState fanOut = reports.progress(id).fanOut();
		if (!fanOut.audienceKnown()) {
			throw new AlertStateException("Alert " + id + " is still reaching its audience ("
					+ fanOut + "); send the update once its recipients are known");
		}
		String sender = member.postName();
		Wording english = wording("", sender, request.title(), request.body(), request.smsText());
		UpdateAlertRequest.Spanish es = request.spanish();
		Wording spanish = es == null ? null : wording("spanish.", sender, es.title(), es.body(), es.smsText());
		Severity severity = request.severity() == null ? original.severity() : request.severity();
		Instant now = clock.instant();
		Lifetime lifetime = lifetimes.ofUpdate(original, request.expires(), now);
		// An update reaches the followed alert's recipients, not the area's: nobody arriving.
		Alert draft = new Alert(UUID.randomUUID(), original.type(), severity, english.title(), english.body(),
				english.smsText(), spanish, original.countries(), original.regions(), original.shapes(),
				original.channels(), member.postId(), username, now, AlertStatus.ISSUED, null, null, null, lifetime,
				null);
		String what = "Update of " + original.id() + ": " + draft.title();
		Alert update = gate.pass(draft, approvalPolicy.holdUpdate(draft, original.id()), null,
				new Passage(username, sender, StaffAction.UPDATE, what, original.id())).orElseThrow();
		lifecycle.follows(update.id(), original.id());
		log.info("{} {} {} update {} of alert {}", Masking.typed(username),
				update.status() == AlertStatus.PENDING_APPROVAL ? "submitted" : "sent", severity, update.id(), id);
		return AlertView.of(update, DeliveryProgress.notStarted());
	}

	private Wording wording(String field, String sender, String title, String body, String smsText) {
		SmsText sms;
		if (StringUtils.hasText(smsText)) {
			sms = SmsText.of(smsText.strip());
			if (sms.segments() > properties.maxSmsSegments()) {
				throw new InvalidInputException(field + "smsText", "needs " + sms.segments() + " " + sms.encoding()
						+ " segments; at most " + properties.maxSmsSegments() + " are allowed");
			}
		}
		else {
			sms = SmsText.derive(sender, title, body, properties.derivedSmsSegments());
		}
		return new Wording(title.strip(), body.strip(), sms.text());
	}
}
