package org.beacon.fanout;

import java.time.Clock;

import org.beacon.ledger.FanoutRuns;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.StageRetries;
import org.beacon.platform.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code beacon.alerts}. A failed fan-out (database or Kafka unavailable) is retried through retry topics
 * with growing delays, which is safe because the fan-out is idempotent; when retries are exhausted the alert lands
 * on the dead-letter topic and its fan-out is recorded as FAILED, visible in the alert's progress.
 */
@Component
@ConditionalOnRole(Role.FANOUT)
class AlertsListener {

	private static final Logger log = LoggerFactory.getLogger(AlertsListener.class);

	private final FanOut fanOut;

	private final FanoutRuns runs;

	private final Clock clock;

	AlertsListener(FanOut fanOut, FanoutRuns runs, Clock clock) {
		this.fanOut = fanOut;
		this.runs = runs;
		this.clock = clock;
	}

	@StageRetries(attempts = "${beacon.fanout.attempts:5}")
	@KafkaListener(id = "fanout", groupId = "beacon-fanout", topics = Topics.ALERTS,
			concurrency = "${beacon.fanout.concurrency:1}")
	void on(AlertRecord alert) throws Exception {
		fanOut(alert);
	}

	/** The priority lane: its own consumers, so an urgent alert never waits behind a routine fan-out. */
	@StageRetries(attempts = "${beacon.fanout.attempts:5}")
	@KafkaListener(id = "fanout-urgent", groupId = "beacon-fanout-urgent", topics = Topics.URGENT_ALERTS,
			concurrency = "${beacon.fanout.concurrency:1}")
	void onUrgent(AlertRecord alert) throws Exception {
		fanOut(alert);
	}

	private void fanOut(AlertRecord alert) throws Exception {
		if (!AlertRecord.ISSUED.equals(alert.type())) {
			log.debug("Ignoring {} record for alert {}", alert.type(), alert.alertId());
			return;
		}
		// A record that waited past its alert's expiry (a long outage) would warn of what is over: nobody is sent it,
		// and its progress says why. A fan-out that had begun (a record handed out again) goes on as it would.
		if (alert.expiredBy(clock.instant()) && runs.neverBegan(alert.alertId(), "The alert expired at "
				+ alert.expires() + " before its fan-out began: nobody was sent it.")) {
			log.warn("Alert {} expired at {} before its fan-out began; nobody is sent it", alert.alertId(),
					alert.expires());
			return;
		}
		fanOut.run(alert);
	}

	@DltHandler
	void dead(AlertRecord alert,
			@Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		String why = reason == null ? "fan-out failed after all retries" : reason;
		log.error("Fan-out of alert {} failed after all retries: {}", alert.alertId(), Masking.line(why));
		runs.failed(alert.alertId(), why);
	}
}
