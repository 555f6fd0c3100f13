package org.beacon.platform.security;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Deletes the sessions that have expired, on one replica at a time, instead of Spring Session's own cron, which runs
 * on every replica ({@code spring.session.jdbc.cleanup-cron} is off).
 */
@Component
class ExpiredSessions {

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessions(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
	@SchedulerLock(name = "expired-sessions-sweep")
	void delete() {
		sessions.cleanUpExpiredSessions();
	}
}
