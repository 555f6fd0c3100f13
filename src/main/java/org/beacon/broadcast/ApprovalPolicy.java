package org.beacon.broadcast;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The two-person rule: which alerts staff compose may not go out on their author's word alone. An EXTREME alert,
 * or one that would reach more recipients than {@code beacon.broadcast.approval-audience-threshold}, needs a second
 * person.
 */
@Component
class ApprovalPolicy {

	private final AlertAudiences audiences;

	private final BroadcastProperties properties;

	ApprovalPolicy(AlertAudiences audiences, BroadcastProperties properties) {
		this.audiences = audiences;
		this.properties = properties;
	}

	/** Why the alert must wait for an approver, with the audience it has now; empty when its author may issue it. */
	Optional<Hold> hold(Alert draft) {
		long audience = AlertAudiences.total(audiences.count(draft));
		return reason(draft.severity(), audience).map(reason -> new Hold(reason, audience));
	}

	/** Why an alert of this severity and audience must wait for an approver; empty when it need not. */
	Optional<ApprovalReason> reason(Severity severity, long audience) {
		if (severity == Severity.EXTREME) {
			return Optional.of(ApprovalReason.EXTREME_SEVERITY);
		}
		if (audience > properties.approvalAudienceThreshold()) {
			return Optional.of(ApprovalReason.LARGE_AUDIENCE);
		}
		return Optional.empty();
	}

	long threshold() {
		return properties.approvalAudienceThreshold();
	}

	/**
	 * @param audience how many recipients the alert had when it was composed
	 */
	record Hold(ApprovalReason reason, Long audience) {
	}
}
