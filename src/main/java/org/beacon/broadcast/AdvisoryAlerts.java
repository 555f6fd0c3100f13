package org.beacon.broadcast;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.beacon.broadcast.AdvisoryAlertPolicy.Decision;
import org.beacon.broadcast.AdvisoryAlertPolicy.Verdict;
import org.beacon.staff.Post;
import org.beacon.staff.StaffDirectory;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers advisory changes with TRAVEL_ADVISORY alerts to everyone enrolled in the country, as the
 * {@link AdvisoryAlertPolicy} decides: issued at once, held for review, or nothing. A held alert that a later
 * change of the same advisory supersedes is withdrawn by itself, and the later change is judged against the level
 * citizens were last told of, so a one-day 4 → 1 → 4 flip sends nothing at all.
 */
@Service
class AdvisoryAlerts {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryAlerts.class);

	static final String FEED = "advisory-feed";

	private final Alerts alerts;

	private final StaffDirectory staff;

	private final AdvisoryAlertWriter writer;

	private final AdvisoryAlertPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdvisoryAlerts(Alerts alerts, StaffDirectory staff, AdvisoryAlertWriter writer, AdvisoryAlertPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.alerts = alerts;
		this.staff = staff;
		this.writer = writer;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void on(AdvisoryChangeRecord change) {
		int fromLevel = change.previousLevel();
		String fromPosture = change.previousPosture();
		List<Alert> held = alerts.heldFor(change.country());
		int withdrawn = 0;
		if (!held.isEmpty()) {
			fromLevel = held.get(0).advisory().previousLevel();
			for (Alert superseded : held) {
				alerts.review(superseded.id(), AlertStatus.PENDING_REVIEW, AlertStatus.WITHDRAWN, FEED, clock.instant());
				withdrawn++;
				log.info("Withdrew held alert {} for {}: the advisory changed again (now Level {})", superseded.id(),
						change.country(), change.level());
			}
		}
		Verdict verdict = policy.judge(fromLevel, change.level(), fromPosture, change.posture());
		if (verdict.decision() == Decision.NOTHING) {
			log.info("Advisory change for {} sends nothing: {}", change.country(), verdict.reason());
			decided(change, 0, 0, withdrawn);
			return;
		}
		Alert alert = compose(change, fromLevel, verdict);
		if (!alerts.insert(alert)) {
			log.info("Advisory change {} was already answered", change.key());
			return;
		}
		if (verdict.decision() == Decision.ISSUE) {
			events.publishEvent(alert.issued(sender(alert.postId())));
			log.info("Issued advisory alert {} for {}: {}", alert.id(), change.country(), verdict.reason());
			decided(change, 1, 0, withdrawn);
		}
		else {
			log.warn("Held advisory alert {} for {} for review: {}", alert.id(), change.country(), verdict.reason());
			decided(change, 0, 1, withdrawn);
		}
	}

	private void decided(AdvisoryChangeRecord change, int issued, int held, int withdrawn) {
		events.publishEvent(new AdvisoryAlertDecided(change.ingestId(), change.country(), issued, held, withdrawn));
	}

	private Alert compose(AdvisoryChangeRecord change, int fromLevel, Verdict verdict) {
		Post post = staff.postCovering(change.country()).orElse(null);
		String sender = post == null ? BroadcastManagement.DEPARTMENT : post.name();
		Wording english = writer.write(change, fromLevel, post, sender, Locale.ENGLISH);
		Wording spanish = writer.write(change, fromLevel, post, sender, AdvisoryAlertWriter.spanish());
		AlertStatus status = verdict.decision() == Decision.HOLD ? AlertStatus.PENDING_REVIEW : AlertStatus.ISSUED;
		AdvisoryOrigin origin = new AdvisoryOrigin(change.country(), fromLevel, change.level(), change.key(),
				status == AlertStatus.PENDING_REVIEW ? verdict.reason() : null);
		return new Alert(UUID.randomUUID(), AlertType.TRAVEL_ADVISORY, severity(change), english.title(),
				english.body(), english.smsText(), spanish, List.of(change.country()), List.of(), AlertShapes.none(),
				EnumSet.allOf(Channel.class), post == null ? "state-department" : post.id(), FEED, clock.instant(),
				status, origin);
	}

	private String sender(String postId) {
		return staff.post(postId).map(Post::name).orElse(BroadcastManagement.DEPARTMENT);
	}

	private static Severity severity(AdvisoryChangeRecord change) {
		if (change.level() == 4 || "ORDERED_DEPARTURE".equals(change.posture())) {
			return Severity.EXTREME;
		}
		if (change.level() == 3 || "AUTHORIZED_DEPARTURE".equals(change.posture())) {
			return Severity.SEVERE;
		}
		return change.level() == 2 ? Severity.MODERATE : Severity.MINOR;
	}
}
