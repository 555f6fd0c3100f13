package org.beacon.broadcast.approval;

import java.util.Optional;
import java.util.UUID;

import org.beacon.broadcast.ApprovalReason;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.issuing.AlertAudiences;
import org.beacon.broadcast.issuing.BroadcastProperties;
import org.beacon.broadcast.store.Alert;
import org.springframework.stereotype.Component;

/**
 * The two-person rule: which alerts staff compose may not go out on their author's word alone. An EXTREME alert,
 * or one that would reach more recipients than {@code beacon.broadcast.approval-audience-threshold}, needs a second
 * person. An update (CAP Update) is held by the same rule, counted on the recipients it follows up.
 */
@Component
public class ApprovalPolicy {

	private final AlertAudiences audiences;

	private final BroadcastProperties properties;

	ApprovalPolicy(AlertAudiences audiences, BroadcastProperties properties) {
		this.audiences = audiences;
		this.properties = properties;
	}

	/** Why the alert must wait for an approver, with the audience it has now; empty when its author may issue it. */
	public Optional<Hold> hold(Alert draft) {
		long audience = draft.reach() != null ? draft.reach().thereNow() + draft.reach().arriving()
				: AlertAudiences.total(audiences.count(draft));
		return reason(draft.severity(), audience).map(reason -> new Hold(reason, audience));
	}

	/**
	 * Why an update must wait for an approver: judged by its own severity and by the recipients of {@code original}
	 * it would reach now (an update goes to them, whatever its area holds today); empty when its author may send it.
	 */
	public Optional<Hold> holdUpdate(Alert update, UUID original) {
		long audience = AlertAudiences.total(audiences.followUp(original, update.channels()));
		return reason(update.severity(), audience).map(reason -> new Hold(reason, audience));
	}

	/** Why an alert of this severity and audience must wait for an approver; empty when it need not. */
	public Optional<ApprovalReason> reason(Severity severity, long audience) {
		if (severity == Severity.EXTREME) {
			return Optional.of(ApprovalReason.EXTREME_SEVERITY);
		}
		if (audience > properties.approvalAudienceThreshold()) {
			return Optional.of(ApprovalReason.LARGE_AUDIENCE);
		}
		return Optional.empty();
	}

	public long threshold() {
		return properties.approvalAudienceThreshold();
	}

	/**
	 * @param audience how many recipients the alert (or update) had when it was composed
	 */
	public record Hold(ApprovalReason reason, Long audience) {
	}
}
