package org.beacon.broadcast.issuing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.beacon.broadcast.AlertCancelled;
import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.AlertLifecycle;
import org.beacon.broadcast.store.AlertStateException;
import org.beacon.broadcast.store.Alerts;
import org.beacon.broadcast.store.StaffAlerts;
import org.beacon.ledger.DeliveryCancellation;
import org.beacon.ledger.DeliveryReports;
import org.beacon.platform.Masking;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff cancel an issued alert (CAP msgType Cancel). In one short transaction the alert becomes CANCELLED, its
 * deliveries still QUEUED become CANCELLED, the fan-out is told to stop, and {@link AlertCancelled} and the audit's
 * {@link StaffActed} are published.
 * When it returns, nothing more of the alert is sent but the deliveries a worker had already claimed, which it
 * reports as in flight.
 */
@Service
public class AlertCancellations {

	private static final Logger log = LoggerFactory.getLogger(AlertCancellations.class);

	/**
	 * A cancelled alert and what the cancellation stopped.
	 *
	 * @param stopped deliveries that were queued and will never be sent
	 * @param inFlight deliveries a worker had claimed before the cancellation; their outcome is recorded as usual
	 */
	public record Cancelled(AlertView alert, long stopped, long inFlight) {
	}

	private final StaffAlerts staffAlerts;

	private final AlertLifecycle lifecycle;

	private final Alerts alerts;

	private final DeliveryCancellation deliveries;

	private final DeliveryReports reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlertCancellations(StaffAlerts staffAlerts, AlertLifecycle lifecycle, Alerts alerts,
			DeliveryCancellation deliveries, DeliveryReports reports, ApplicationEventPublisher events, Clock clock) {
		this.staffAlerts = staffAlerts;
		this.lifecycle = lifecycle;
		this.alerts = alerts;
		this.deliveries = deliveries;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Cancels an issued alert whose every country the staff member's post covers. Those who send alerts (OFFICER) or
	 * approve them (APPROVER) may stop one; an administrator's role alone does not.
	 *
	 * @throws AccessDeniedException when the member is neither OFFICER nor
	 * APPROVER
	 * @throws AlertNotFoundException (404) when there is no such alert for the post,
	 * 409 when the alert is not ISSUED (held, discarded, already cancelled)
	 */
	@Transactional
	public Cancelled cancel(UUID id, String username) {
		StaffMember member = staffAlerts.member(username);
		if (!mayCancel(member)) {
			throw new AccessDeniedException(
					"Only an OFFICER or APPROVER of the alert's post may cancel it");
		}
		Alert alert = staffAlerts.actionable(id, member);
		Instant at = clock.instant();
		if (!lifecycle.cancel(id, username, at)) {
			throw AlertStateException.cannotBe(id, alert.status(), "cancelled");
		}
		DeliveryCancellation.Stopped stopped = deliveries.cancel(id);
		events.publishEvent(new AlertCancelled(id, alert.severity(), at));
		events.publishEvent(new StaffActed(username, StaffAction.CANCEL, id, alert.title() + " (" + stopped.cancelled()
				+ " stopped, " + stopped.inFlight() + " in flight)", at));
		log.info("{} cancelled alert {}: {} deliveries stopped, {} in flight", Masking.typed(username), id,
				stopped.cancelled(), stopped.inFlight());
		Alert cancelled = alerts.find(id).orElseThrow();
		return new Cancelled(AlertView.of(cancelled, reports.progress(id)), stopped.cancelled(), stopped.inFlight());
	}

	/** Whether the member's roles let them stop an alert of their post. */
	public static boolean mayCancel(StaffMember member) {
		return member.roles().contains(StaffRole.OFFICER)
				|| member.roles().contains(StaffRole.APPROVER);
	}
}
