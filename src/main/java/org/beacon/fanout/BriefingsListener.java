package org.beacon.fanout;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beacon.ledger.Deliveries;
import org.beacon.ledger.Deliveries.Pending;
import org.beacon.ledger.FanoutRuns;
import org.beacon.ledger.FanoutShards;
import org.beacon.ledger.FanoutShards.Shard;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.StageRetries;
import org.beacon.platform.Topics;
import org.beacon.subscribers.Channel;
import org.beacon.subscribers.KnownRecipients;
import org.beacon.subscribers.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code beacon.briefings}: each record is one citizen's trip briefing, sent like an alert to an audience of
 * one. Its record is kept with its run ({@link AlertRecords}), its ledger rows written for the channels the citizen
 * can be reached on ({@link KnownRecipients}: not paused, verified, not opted out), then its jobs queued on the routine
 * lane; the run, planned as one shard, completes. A redelivered record writes no row twice and queues again only rows
 * still QUEUED (workers claim rows, so nothing is sent twice); one that failed after all retries fails the run.
 */
@Component
@ConditionalOnRole(Role.FANOUT)
class BriefingsListener {

	private static final Logger log = LoggerFactory.getLogger(BriefingsListener.class);

	/** The fan-out's own reading of a {@code BriefingDue} record. */
	record BriefingRecord(String type, int schemaVersion, UUID briefingId, UUID subscriberId, String country,
			Words english, Words spanish, String sender, Instant issuedAt) {

		record Words(String title, String body, String smsText) {
		}

		AlertRecord alert() {
			return AlertRecord.briefing(briefingId, country, english.title(), english.body(), english.smsText(),
					spanish == null ? null : new AlertRecord.Wording(spanish.title(), spanish.body(), spanish.smsText()),
					sender, issuedAt);
		}
	}

	private final AlertRecords records;

	private final FanoutShards shards;

	private final KnownRecipients known;

	private final Deliveries deliveries;

	private final DeliveryJobs jobs;

	private final FanoutRuns runs;

	private final Clock clock;

	BriefingsListener(AlertRecords records, FanoutShards shards, KnownRecipients known, Deliveries deliveries,
			DeliveryJobs jobs, FanoutRuns runs, Clock clock) {
		this.records = records;
		this.shards = shards;
		this.known = known;
		this.deliveries = deliveries;
		this.jobs = jobs;
		this.runs = runs;
		this.clock = clock;
	}

	@StageRetries(attempts = "${beacon.fanout.attempts:5}")
	@KafkaListener(id = "briefings", groupId = "beacon-briefings", topics = Topics.BRIEFINGS)
	void on(BriefingRecord briefing) throws Exception {
		if (!"BriefingDue".equals(briefing.type())) {
			log.debug("Ignoring {} record on the briefings topic", briefing.type());
			return;
		}
		AlertRecord alert = briefing.alert();
		records.started(alert);
		Shard shard = shards.plan(alert.alertId(), ShardPlan.ranges(1)).get(0);
		if (shard.complete()) {
			return;
		}
		List<Recipient> recipients = known
			.of(Map.of(briefing.subscriberId(), EnumSet.of(Channel.EMAIL, Channel.SMS)));
		List<Pending> pending = recipients.isEmpty() ? List.of() : deliveries.record(alert.alertId(), recipients);
		jobs.publish(alert, pending);
		shards.completed(alert.alertId(), shard.index(), clock.instant());
		log.info("Briefing {}: queued {} job(s)", alert.alertId(), pending.size());
	}

	@DltHandler
	void dead(BriefingRecord briefing,
			@Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		log.error("Briefing {} failed after all retries: {}", briefing.briefingId(),
				Masking.line(reason == null ? "no reason given" : reason));
		runs.failed(briefing.briefingId(), reason == null ? "briefing failed after all retries" : reason);
	}
}
