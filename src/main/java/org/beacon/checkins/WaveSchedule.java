package org.beacon.checkins;

import java.time.Clock;
import java.util.List;

import org.beacon.checkins.store.CheckIn;
import org.beacon.checkins.store.CheckInStore;
import org.beacon.checkins.store.CheckInStore.Wave;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends each check-in's escalation waves when they fall due ({@code beacon.checkin.wave-interval} apart, up to
 * {@code beacon.checkin.waves}, never after the deadline or once staff closed it). Any fan-out process runs it: a wave
 * is counted in PostgreSQL and published as {@link CheckInWaveDue} in one transaction, with rows another process holds
 * skipped, so each wave goes out once however many processes look, and a restart loses none.
 */
@Component
@ConditionalOnRole(Role.FANOUT)
class WaveSchedule {

	private static final Logger log = LoggerFactory.getLogger(WaveSchedule.class);

	private static final int AT_ONCE = 20;

	private final CheckInStore checkIns;

	private final CheckInsProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	WaveSchedule(CheckInStore checkIns, CheckInsProperties properties, ApplicationEventPublisher events, Clock clock,
			TransactionTemplate transactions) {
		this.checkIns = checkIns;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${beacon.checkin.wave-poll:PT15S}",
			fixedDelayString = "${beacon.checkin.wave-poll:PT15S}")
	@SchedulerLock(name = "checkin-waves")
	void scheduled() {
		sendDue();
	}

	/**
	 * Counts and publishes the waves due now, in one transaction (the scheduled run calls it on itself, past any
	 * proxy, hence a template rather than an annotation).
	 *
	 * @return the waves sent
	 */
	public List<Wave> sendDue() {
		return transactions.execute(status -> publishDue());
	}

	private List<Wave> publishDue() {
		List<Wave> due = checkIns.countDueWaves(clock.instant(), properties.waveInterval(), properties.waves(),
				AT_ONCE);
		for (Wave wave : due) {
			events.publishEvent(new CheckInWaveDue(wave.checkInId(), wave.number(),
					CheckIn.waveId(wave.checkInId(), wave.number())));
			log.info("Check-in {}: wave {} is due", wave.checkInId(), wave.number());
		}
		return due;
	}
}
