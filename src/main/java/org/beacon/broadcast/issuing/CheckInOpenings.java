package org.beacon.broadcast.issuing;

import org.beacon.broadcast.AlertIssued;
import org.beacon.checkins.CheckIns;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a check-in wherever an alert that asks is issued (composed, approved by a second person), within the
 * transaction that issues it: a listener run synchronously, before that transaction commits.
 */
@Component
class CheckInOpenings {

	private final CheckIns checkIns;

	CheckInOpenings(CheckIns checkIns) {
		this.checkIns = checkIns;
	}

	@EventListener
	void on(AlertIssued issued) {
		if (issued.answerBy() != null) {
			checkIns.open(new CheckIns.Opening(issued.alertId(), issued.postId(), issued.title(), issued.countries(),
					issued.regions(), issued.channels(), issued.issuedAt(), issued.answerBy()));
		}
	}
}
