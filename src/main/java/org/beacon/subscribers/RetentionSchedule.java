package org.beacon.subscribers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.subscribers.RetentionBatches.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Applies the retention rule ({@link RetentionRule}) every {@code beacon.subscribers.retention-interval}: first the
 * notices that fall due, then the places past their retention, then the enrollments noticed long enough ago with no
 * place left. Any fan-out process runs it; rows are claimed in PostgreSQL in batches, so each is acted on once however
 * many processes run it, and a restart loses nothing. Counted in {@code beacon.retention.places.deleted},
 * {@code beacon.retention.notices.sent} (by channel), {@code beacon.retention.notices.unreachable} and
 * {@code beacon.retention.enrollments.deleted}; the log says how many, never whose.
 */
@Component
@ConditionalOnRole(Role.FANOUT)
class RetentionSchedule {

	private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

	/** What one run did. */
	record Swept(int placesDeleted, int notices, int enrollmentsDeleted) {
	}

	private final RetentionBatches batches;

	private final Clock clock;

	private final Counter placesDeleted;

	private final Counter enrollmentsDeleted;

	private final MeterRegistry meters;

	RetentionSchedule(RetentionBatches batches, Clock clock, MeterRegistry meters) {
		this.batches = batches;
		this.clock = clock;
		this.meters = meters;
		this.placesDeleted = Counter.builder("beacon.retention.places.deleted")
			.description("Places deleted after their trip's end")
			.register(meters);
		this.enrollmentsDeleted = Counter.builder("beacon.retention.enrollments.deleted")
			.description("Enrollments deleted after their last place, once their notice period was over")
			.register(meters);
	}

	@Scheduled(initialDelayString = "${beacon.subscribers.retention-interval:PT1H}",
			fixedDelayString = "${beacon.subscribers.retention-interval:PT1H}")
	@SchedulerLock(name = "retention")
	void scheduled() {
		run();
	}

	Swept run() {
		Instant now = clock.instant();
		LocalDate today = RetentionRule.today(now);
		int notices = 0;
		List<Notice> batch;
		do {
			batch = batches.sendNotices(now);
			batch.forEach(this::count);
			notices += batch.size();
		}
		while (batch.size() == RetentionBatches.SIZE);
		int places = inBatches(() -> batches.deletePlaces(today), placesDeleted);
		int enrollments = inBatches(() -> batches.deleteEnrollments(today), enrollmentsDeleted);
		if (places + notices + enrollments > 0) {
			log.info("Retention: {} enrollment(s) noticed, {} place(s) deleted, {} enrollment(s) deleted", notices, places,
					enrollments);
		}
		return new Swept(places, notices, enrollments);
	}

	/** Runs batches until one is not full, counting each as it commits. */
	private static int inBatches(IntSupplier batch, Counter counter) {
		int total = 0;
		int done;
		do {
			done = batch.getAsInt();
			counter.increment(done);
			total += done;
		}
		while (done == RetentionBatches.SIZE);
		return total;
	}

	private void count(Notice notice) {
		if (notice == Notice.UNREACHABLE) {
			meters.counter("beacon.retention.notices.unreachable").increment();
		}
		else {
			meters.counter("beacon.retention.notices.sent", "channel", notice.name().toLowerCase(Locale.ROOT)).increment();
		}
	}
}
