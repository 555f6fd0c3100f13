package org.beacon.advisories.feed;

import java.time.Duration;
import java.time.Instant;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Reads the feed every {@code beacon.advisories.poll.interval}, once per interval however many API replicas run:
 * a read takes the job's lock and keeps it for nine tenths of an interval, so a replica whose turn comes while
 * another has just read skips its own. Each read that finds a new version makes one ingest report.
 */
@Component
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.advisories.poll.enabled", havingValue = "true")
class FeedSchedule {

	static final String LOCK = "advisory-feed-poll";

	private final FeedPoller poller;

	private final LockingTaskExecutor locks;

	private final Duration atLeast;

	private final Duration atMost;

	FeedSchedule(FeedPoller poller, LockingTaskExecutor locks, AdvisoriesProperties properties) {
		this.poller = poller;
		this.locks = locks;
		Duration interval = properties.poll().interval();
		this.atLeast = interval.minus(interval.dividedBy(10));
		// Held past a read that hangs until its timeout, but not much longer when the replica holding it died.
		this.atMost = Duration.ofMillis(Math.max(interval.toMillis(), properties.poll().timeout().toMillis() * 2));
	}

	@Scheduled(initialDelayString = "${beacon.advisories.poll.initial-delay:PT10S}",
			fixedDelayString = "${beacon.advisories.poll.interval:PT30M}")
	void scheduled() {
		locks.executeWithLock((Runnable) poller::poll, new LockConfiguration(Instant.now(), LOCK, atMost, atLeast));
	}
}
