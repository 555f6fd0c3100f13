package org.beacon.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.beacon.advisories.Advisories;
import org.beacon.advisories.AdvisoryView;
import org.beacon.advisories.RiskIndicator;
import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.advisory.AdvisoryOrigin;
import org.beacon.broadcast.advisory.HeldAlerts;
import org.springframework.stereotype.Service;

/**
 * The review queue: alerts the advisory feed proposed and policy held (PENDING_REVIEW), for the countries of the
 * reviewer's post, each with the advisory change behind it — the level citizens were last told and the new one, the
 * risk indicators before and after, and the advisory's summary compared word by word with the version before it
 * (from the advisory's history). It lives beside the pages because it joins two features' public APIs.
 */
@Service
class HeldAlertReview {

	private final HeldAlerts alerts;

	private final Advisories advisories;

	HeldAlertReview(HeldAlerts alerts, Advisories advisories) {
		this.alerts = alerts;
		this.advisories = advisories;
	}

	/**
	 * @param before the advisory version before the change; null when Beacon has none
	 * @param after the advisory version of the change; null when it is no longer in the history
	 */
	record HeldAlert(AlertView alert, String reason, int toldLevel, int newLevel, AdvisoryView before,
			AdvisoryView after, Set<RiskIndicator> indicatorsAdded, Set<RiskIndicator> indicatorsRemoved,
			List<TextDiff.Piece> summary) {
	}

	List<HeldAlert> queue(String username) {
		return alerts.forReview(username).stream().map(this::held).toList();
	}

	private HeldAlert held(AlertView alert) {
		AdvisoryOrigin origin = alert.advisory();
		List<AdvisoryView> history = advisories.history(origin.country());
		Instant changedAt = changedAt(origin.change());
		// The change's time and the stored version's may differ below the millisecond (the database keeps micros).
		int index = -1;
		long closest = 1000;
		for (int i = 0; changedAt != null && i < history.size(); i++) {
			long apart = Math.abs(Duration.between(history.get(i).changedAt(), changedAt).toMillis());
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
		return new HeldAlert(alert, origin.reviewReason(), origin.previousLevel(), origin.level(), before, after, added, removed, summary);
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
