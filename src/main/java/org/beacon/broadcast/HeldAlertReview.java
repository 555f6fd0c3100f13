package org.beacon.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;

import org.beacon.advisories.Advisories;
import org.beacon.advisories.AdvisoryView;
import org.beacon.advisories.RiskIndicator;
import org.beacon.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: alerts the advisory feed proposed and policy held (PENDING_REVIEW), for the countries of the
 * reviewer's post, each with the advisory change behind it — the level citizens were last told and the new one, the
 * risk indicators before and after, and the advisory's summary compared word by word with the version before it
 * (from the advisory's history).
 */
@Service
class HeldAlertReview {

	private static final int QUEUE = 100;

	private final Alerts alerts;

	private final Advisories advisories;

	private final StaffAlerts staffAlerts;

	HeldAlertReview(Alerts alerts, Advisories advisories, StaffAlerts staffAlerts) {
		this.alerts = alerts;
		this.advisories = advisories;
		this.staffAlerts = staffAlerts;
	}

	/**
	 * @param before the advisory version before the change; null when Beacon has none
	 * @param after the advisory version of the change; null when it is no longer in the history
	 */
	record HeldAlert(AlertView alert, String reason, int toldLevel, int newLevel, AdvisoryView before,
			AdvisoryView after, Set<RiskIndicator> indicatorsAdded, Set<RiskIndicator> indicatorsRemoved,
			List<TextDiff.Piece> summary) {
	}

	@Transactional(readOnly = true)
	List<HeldAlert> queue(String username) {
		StaffMember member = staffAlerts.member(username);
		return alerts.heldForReview(QUEUE * 5).stream()
			.filter(alert -> alert.advisory() != null)
			.filter(alert -> alert.countries().stream().allMatch(member::covers))
			.limit(QUEUE)
			.map(this::held)
			.toList();
	}

	private HeldAlert held(Alert alert) {
		AdvisoryOrigin origin = alert.advisory();
		List<AdvisoryView> history = advisories.history(origin.country());
		Instant changedAt = changedAt(origin.change());
		// The change's time and the stored version's may differ below the millisecond (the database keeps micros).
		int index = -1;
		long closest = 1000;
		for (int i = 0; changedAt != null && i < history.size(); i++) {
			long apart = Math.abs(java.time.Duration.between(history.get(i).changedAt(), changedAt).toMillis());
			if (apart < closest) {
				closest = apart;
				index = i;
			}
		}
		AdvisoryView after = index < 0 ? null : history.get(index);
		AdvisoryView before = index < 0 || index + 1 >= history.size() ? null : history.get(index + 1);
		Set<RiskIndicator> was = before == null ? Set.of() : before.indicators();
		Set<RiskIndicator> is = after == null ? Set.of() : after.indicators();
		Set<RiskIndicator> added = new TreeSet<>(is);
		added.removeAll(was);
		Set<RiskIndicator> removed = new TreeSet<>(was);
		removed.removeAll(is);
		List<TextDiff.Piece> summary = TextDiff.words(before == null ? "" : before.summary(),
				after == null ? "" : after.summary());
		return new HeldAlert(AlertView.of(alert, org.beacon.fanout.DeliveryProgress.notStarted()),
				origin.reviewReason(), origin.previousLevel(), origin.level(), before, after, added, removed, summary);
	}

	/** The change's time, the last part of its key (country, ingest, time). */
	private static Instant changedAt(String change) {
		try {
			return change == null ? null : Instant.parse(change.substring(change.lastIndexOf('@') + 1));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}
}
