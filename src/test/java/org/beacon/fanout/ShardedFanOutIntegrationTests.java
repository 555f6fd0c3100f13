package org.beacon.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.mail.Message.RecipientType;

import org.beacon.ledger.Deliveries;
import org.beacon.ledger.FanoutShards;
import org.beacon.ledger.FanoutShards.Shard;
import org.beacon.subscribers.Audience;
import org.beacon.subscribers.Recipient;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Citizens;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A large alert's audience is split into shards that several fan-out consumers walk at once (the tests' setting: a
 * shard per 100 places, at most 3). Every citizen still gets one job per channel, a shard walked again resumes from
 * its cursor, and the alert's fan-out is complete only when every shard is.
 */
class ShardedFanOutIntegrationTests extends BeaconIntegrationTest {

	static final int CITIZENS = 600;

	@Autowired
	DataSource dataSource;

	@Autowired
	FanoutShards shards;

	@Autowired
	Audience audience;

	@Autowired
	Deliveries deliveries;

	@Autowired
	DeliveryJobs jobs;

	@Autowired
	ShardRecords records;

	@Test
	void aLargeAlertFansOutInShardsWalkedAtOnceAndEveryCitizenGetsOneMessagePerChannel() throws Exception {
		Citizens.inMali(jdbc, cipher, CITIZENS, "shard", "+223767");
		String alertId;
		// While the test holds the ledger's table, no page can be written: each shard consumer that started its walk
		// waits on the lock, so the waiting walks are the walks under way at once.
		try (Connection ledgerHeld = dataSource.getConnection()) {
			ledgerHeld.setAutoCommit(false);
			ledgerHeld.createStatement().execute("LOCK TABLE delivery IN SHARE MODE");
			alertId = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Fuel shortages",
					List.of("EMAIL", "SMS"));
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
					SELECT count(*) FROM pg_stat_activity
					WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO delivery%'""", Long.class) == 3);
			assertThat(shards.shards(UUID.fromString(alertId))).hasSize(3).noneMatch(Shard::complete);
			ledgerHeld.rollback();
		}

		new Pipeline(api()).awaitSettled(alertId, 2 * CITIZENS, Duration.ofSeconds(120));

		assertThat(shards.shards(UUID.fromString(alertId))).hasSize(3).allMatch(Shard::complete);
		assertEveryCitizenGotOneSmsAndOneEmail();
	}

	@Test
	void aShardWalkedAgainAfterACrashMidWalkResumesFromItsCursorAndWritesNothingTwice() throws Exception {
		Citizens.inMali(jdbc, cipher, CITIZENS, "resume", "+223768");
		AlertRecord alert = alert();
		List<Shard> plan = shards.plan(alert.alertId(), ShardPlan.ranges(2));
		// The first walk of shard 0 queued two pages and wrote the third, then died before queuing it.
		List<List<Recipient>> pages = new ArrayList<>();
		audience.forEachPage(ShardPlan.criteria(alert), 50, null, plan.get(0).range().through(), pages::add);
		for (List<Recipient> page : pages.subList(0, 2)) {
			jobs.publish(alert, deliveries.record(alert.alertId(), page));
			shards.queuedThrough(alert.alertId(), 0, page.get(page.size() - 1).subscriberId());
		}
		deliveries.record(alert.alertId(), pages.get(2));

		// Kafka hands shard 0 out again, twice (a rebalance as well), and shard 1 once.
		records.publish(alert, List.of(plan.get(0), plan.get(0), plan.get(1)), 2);

		await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
				"SELECT count(*) FROM delivery WHERE alert_id = ? AND status = 'SENT'", Long.class,
				alert.alertId()) == 2L * CITIZENS);
		awaitPipelineIdle();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE alert_id = ?", Long.class,
				alert.alertId())).isEqualTo(2L * CITIZENS);
		assertThat(jdbc.queryForObject("SELECT recipients FROM fanout_run WHERE alert_id = ? AND completed_at IS NOT NULL",
				Long.class, alert.alertId())).isEqualTo(2L * CITIZENS);
		assertEveryCitizenGotOneSmsAndOneEmail();
	}

	private static AlertRecord alert() {
		return new AlertRecord(AlertRecord.ISSUED, 1, UUID.randomUUID(), "SECURITY_ALERT", "MODERATE", "Fuel shortages",
				"Queues at fuel stations.", "Fuel shortages.", null, List.of("ML"), List.of(), List.of(), List.of(),
				List.of("EMAIL", "SMS"), "U.S. Embassy Bamako", Instant.now(), false, null, null, 0, null, null);
	}

	private void assertEveryCitizenGotOneSmsAndOneEmail() {
		Map<String, Long> emails = Arrays.stream(SMTP.getReceivedMessages()).map(message -> {
			try {
				return message.getRecipients(RecipientType.TO)[0].toString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(emails).hasSize(CITIZENS);
		assertThat(emails.values()).allMatch(count -> count == 1);
		Map<String, Long> sms = TWILIO.messages().stream()
			.collect(Collectors.groupingBy(message -> message.get("To"), Collectors.counting()));
		assertThat(sms).hasSize(CITIZENS);
		assertThat(sms.values()).allMatch(count -> count == 1);
	}
}
