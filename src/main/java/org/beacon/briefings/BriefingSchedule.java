package org.beacon.briefings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.beacon.briefings.Briefings.Outcome;
import org.beacon.geography.Geography;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.subscribers.Trips;
import org.beacon.subscribers.Trips.Trip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Finds the trip briefings due and publishes each as {@link BriefingDue}, every {@code beacon.briefings.poll}, on any
 * fan-out process. A page of trips is decided in one transaction: each briefing's row in {@code briefing} (unique per
 * trip and kind) is written with its event, so a briefing another process decided is skipped, and a restart loses
 * none and repeats none.
 */
@Component
@ConditionalOnRole(Role.FANOUT)
class BriefingSchedule {

	private static final Logger log = LoggerFactory.getLogger(BriefingSchedule.class);

	private final Trips trips;

	private final Briefings briefings;

	private final BriefingContents contents;

	private final Geography geography;

	private final BriefingsProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	BriefingSchedule(Trips trips, Briefings briefings, BriefingContents contents, Geography geography,
			BriefingsProperties properties, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.trips = trips;
		this.briefings = briefings;
		this.contents = contents;
		this.geography = geography;
		this.properties = properties;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${beacon.briefings.poll:PT5M}", fixedDelayString = "${beacon.briefings.poll:PT5M}")
	@SchedulerLock(name = "briefings")
	void scheduled() {
		sendDue();
	}

	/** @return the briefings published by this run */
	public List<BriefingDue> sendDue() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		// Days start up to 14 hours before UTC's and end up to 12 hours after: a day either side covers every zone.
		LocalDate last = LocalDate.ofInstant(now.plus(properties.beforeDeparture()), ZoneOffset.UTC).plusDays(1);
		List<BriefingDue> sent = new ArrayList<>();
		trips.forEachPage(today.minusDays(1), last, properties.pageSize(),
				page -> sent.addAll(transactions.execute(status -> decide(page, now))));
		briefings.forgetStartedBefore(today.minusDays(2));
		return sent;
	}

	private List<BriefingDue> decide(List<Trip> page, Instant now) {
		record Due(TripMoments moments, BriefingKind kind, UUID id) {
		}
		List<Due> due = new ArrayList<>();
		for (Trip trip : page) {
			TripMoments moments = TripMoments.of(trip,
					geography.zoneOf(trip.country(), trip.region()).orElse(ZoneOffset.UTC),
					properties.beforeDeparture(), properties.arrivalTime());
			moments.due(now).ifPresent(kind -> due.add(new Due(moments, kind, moments.briefingId(kind))));
		}
		Set<UUID> decided = briefings.decided(due.stream().map(Due::id).toList());
		List<BriefingDue> sent = new ArrayList<>();
		for (Due one : due) {
			if (decided.contains(one.id())) {
				continue;
			}
			Optional<BriefingDue> briefing = contents.of(one.moments(), one.kind(), one.id(), now);
			Outcome outcome = briefing.isPresent() ? Outcome.SENT : Outcome.NOTHING_NEW;
			if (briefings.decide(one.id(), one.moments().trip(), one.kind(), outcome, now)) {
				briefing.ifPresent(event -> {
					events.publishEvent(event);
					sent.add(event);
				});
				log.info("Trip briefing {} of subscriber {} ({} {}): {}", one.kind(), one.moments().trip().subscriberId(),
						one.moments().trip().country(), one.moments().trip().startsOn(), outcome);
			}
		}
		return sent;
	}
}
