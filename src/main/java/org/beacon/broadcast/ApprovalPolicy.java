package org.beacon.broadcast;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The two-person rule: which alerts staff compose may not go out on their author's word alone. An EXTREME alert
 * always needs a second person.
 */
@Component
class ApprovalPolicy {

	/** Why the alert must wait for an approver; empty when its author may issue it. */
	Optional<Hold> hold(Alert draft) {
		if (draft.severity() == Severity.EXTREME) {
			return Optional.of(new Hold(ApprovalReason.EXTREME_SEVERITY, null));
		}
		return Optional.empty();
	}

	/**
	 * @param audience how many recipients the alert had when it was composed; null when not counted
	 */
	record Hold(ApprovalReason reason, Long audience) {
	}
}
