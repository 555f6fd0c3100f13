package org.beacon.broadcast.advisory;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.broadcast.Lifetime;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.Wording;
import org.beacon.broadcast.advisory.AdvisoryAlertPolicy.Decision;
import org.beacon.broadcast.advisory.AdvisoryAlertPolicy.Verdict;
import org.beacon.broadcast.advisory.Announcements.Announcement;
import org.beacon.broadcast.issuing.AlertAudiences;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.AlertShapes;
import org.beacon.broadcast.store.Alerts;
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
 * {@link AdvisoryAlertPolicy} decides: issued at once, held for review, or nothing. Every change is judged against
 * what citizens were last told (level and departure posture), so a glitch that was held, then withdrawn or
 * discarded, changes nothing they know: a one-day 4 → 1 → 4 flip sends nothing at all. A held alert that a later
 * change supersedes is withdrawn by itself. A change older than the last one judged for the country (a redelivered
 * or retried record) is skipped.
 */
@Service
public class AdvisoryAlerts {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryAlerts.class);

	static final String FEED = "advisory-feed";

	private final Alerts alerts;

	private final Announcements announcements;

	private final StaffDirectory staff;

	private final AdvisoryAlertWriter writer;

	private final AdvisoryAlertPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AlertAudiences audiences;

	AdvisoryAlerts(Alerts alerts, Announcements announcements, StaffDirectory staff, AdvisoryAlertWriter writer,
			AdvisoryAlertPolicy policy, ApplicationEventPublisher events, Clock clock, AlertAudiences audiences) {
		this.alerts = alerts;
		this.announcements = announcements;
		this.staff = staff;
		this.writer = writer;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
		this.audiences = audiences;
	}

	@Transactional
	public void on(AdvisoryChangeRecord change) {
		Announcement told = announcements.lock(change.country(), change.previousLevel(), change.previousPosture(),
				clock.instant());
		if (told.lastChangedAt() != null && !change.changedAt().isAfter(told.lastChangedAt())) {
			log.info("Skipping advisory change {}: a later or the same change was judged already", change.key());
			return;
		}
		announcements.judged(change.country(), change.changedAt());
		int withdrawn = 0;
		for (Alert superseded : alerts.heldFor(change.country())) {
			if (alerts.review(superseded.id(), AlertStatus.PENDING_REVIEW, AlertStatus.WITHDRAWN, FEED,
					clock.instant())) {
				withdrawn++;
				log.info("Withdrew held alert {} for {}: the advisory changed again (now Level {})", superseded.id(),
						change.country(), change.level());
			}
		}
		// Judged against what citizens were last told, not against the feed's previous copy: a glitch that was
		// held, discarded or withdrawn changes nothing they know.
		Verdict verdict = policy.judge(told.level(), change.level(), told.posture(), change.posture());
		if (verdict.decision() == Decision.NOTHING) {
			log.info("Advisory change for {} sends nothing: {}", change.country(), verdict.reason());
			decided(change, 0, 0, withdrawn);
			return;
		}
		Alert alert = compose(change, told, verdict);
		if (!alerts.insert(alert)) {
			log.info("Advisory change {} was already answered", change.key());
			return;
		}
		if (verdict.decision() == Decision.ISSUE) {
			events.publishEvent(alert.issued(sender(alert.postId())));
			announcements.announced(change.country(), change.level(), change.posture(), clock.instant());
			ended(alert);
			log.info("Issued advisory alert {} for {}: {}", alert.id(), change.country(), verdict.reason());
			decided(change, 1, 0, withdrawn);
		}
		else {
			log.warn("Held advisory alert {} for {} for review: {}", alert.id(), change.country(), verdict.reason());
			decided(change, 0, 1, withdrawn);
		}
	}

	/** Citizens were told what an approved held alert says: it replaces the country's advisory alerts in force. */
	public void approved(Alert alert) {
		AdvisoryOrigin advisory = alert.advisory();
		if (advisory != null) {
			announcements.announced(advisory.country(), advisory.level(), advisory.posture(), clock.instant());
			ended(alert);
		}
	}

	/** A travel advisory alert lasts until the country's next level change: the one just issued ends the others. */
	private void ended(Alert issued) {
		for (String country : issued.countries()) {
			alerts.endAdvisoryAlerts(country, issued.id(), issued.issuedAt());
		}
	}

	private void decided(AdvisoryChangeRecord change, int issued, int held, int withdrawn) {
		events.publishEvent(new AdvisoryAlertDecided(change.ingestId(), change.country(), issued, held, withdrawn));
	}

	private Alert compose(AdvisoryChangeRecord change, Announcement told, Verdict verdict) {
		Post post = staff.postCovering(change.country()).orElse(null);
		String sender = post == null ? BroadcastManagement.DEPARTMENT : post.name();
		Wording english = writer.write(change, told.level(), told.posture(), post, sender, Locale.ENGLISH);
		Wording spanish = writer.write(change, told.level(), told.posture(), post, sender,
				AdvisoryAlertWriter.spanish());
		AlertStatus status = verdict.decision() == Decision.HOLD ? AlertStatus.PENDING_REVIEW : AlertStatus.ISSUED;
		AdvisoryOrigin origin = new AdvisoryOrigin(change.country(), told.level(), change.level(), change.posture(),
				change.key(), status == AlertStatus.PENDING_REVIEW ? verdict.reason() : null);
		// In force until the country's next level change ends it (ended()).
		Lifetime lifetime = new Lifetime(clock.instant(), null, change.arrivalsUntil());
		Alert alert = new Alert(UUID.randomUUID(), AlertType.TRAVEL_ADVISORY, severity(change), english.title(),
				english.body(), english.smsText(), spanish, List.of(change.country()), List.of(), AlertShapes.none(),
				Channel.chosen(), post == null ? "state-department" : post.id(), FEED, clock.instant(),
				status, origin, null, null, lifetime, null);
		return alert.reaching(audiences.reach(alert));
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
