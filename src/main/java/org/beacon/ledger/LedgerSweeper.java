package org.beacon.ledger;

import java.time.Duration;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The last resort for a delivery stuck in SENDING: its worker claimed it and then stopped (a crash, a kill, a
 * database error after the provider call) without recording the outcome. Long before the lease is over, such a row
 * is in doubt and the reconciler asks its provider what it took ({@link InDoubtDeliveries}): most end SENT or are
 * sent again. What is still SENDING at the end of the lease — its provider could not be asked for the whole lease,
 * or its alert's record was not kept to send it again — becomes FAILED with {@code outcome-unknown}: the provider may
 * or may not have taken the message, and sending it again blindly could reach the person twice, so Beacon says so
 * instead of guessing. A row a reconciler holds at that moment is left to it, and swept after its hold.
 */
@Component
@ConditionalOnRole(Role.FANOUT)
class LedgerSweeper {

	private static final Logger log = LoggerFactory.getLogger(LedgerSweeper.class);

	/**
	 * Rows claimed before the lease (in seconds), still SENDING and held by no reconciler;
	 * {@code delivery_sending_by_claimed_at} finds them.
	 */
	static final String SWEEP = """
			UPDATE delivery SET status = ?, error_code = 'outcome-unknown', completed_at = now(), reconcile_until = NULL,
			       error_detail = 'The worker stopped during the provider call; the provider may or may not have taken the message.'
			WHERE status = ? AND claimed_at < now() - make_interval(secs => ?)
			  AND (reconcile_until IS NULL OR reconcile_until < now())""";

	private final JdbcClient jdbc;

	private final Duration lease;

	LedgerSweeper(JdbcClient jdbc, @Value("${beacon.fanout.sending-lease:PT10M}") Duration lease) {
		this.jdbc = jdbc;
		this.lease = lease;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
	@SchedulerLock(name = "ledger-sweep")
	void scheduled() {
		sweep();
	}

	int sweep() {
		int stuck = jdbc.sql(SWEEP)
			// claimed_at is the database's time, so the lease is measured on the database's clock too.
			.params(DeliveryStatus.FAILED.name(), DeliveryStatus.SENDING.name(), lease.toSeconds())
			.update();
		if (stuck > 0) {
			log.warn("{} deliveries were stuck in SENDING past their lease of {}; recorded as outcome-unknown", stuck,
					lease);
		}
		return stuck;
	}
}
