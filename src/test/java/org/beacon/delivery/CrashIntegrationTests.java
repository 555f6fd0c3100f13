package org.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.mail.Message.RecipientType;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Citizens;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The workers die half-way through a fan-out — their listener containers stopped abruptly, without committing what
 * they had consumed — and come back. Kafka hands them the uncommitted jobs again; the ledger's claims must keep every
 * citizen at exactly one email and one SMS.
 */
class CrashIntegrationTests extends BeaconIntegrationTest {

	static final int CITIZENS = 2500;

	@Autowired
	KafkaListenerEndpointRegistry registry;

	@Autowired
	DataSource dataSource;

	@Test
	void workersStoppedAbruptlyMidwayAndRestartedDeliverEveryMessageExactlyOnce() throws Exception {
		Citizens.inMali(jdbc, cipher, CITIZENS, "crash", "+223765");
		String alertId = new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Fuel shortages",
				List.of("EMAIL", "SMS"));
		await().atMost(Duration.ofSeconds(60)).until(() -> sent() >= 600);

		List<MessageListenerContainer> workers = registry.getAllListenerContainers().stream()
			.filter(container -> container.getListenerId().startsWith("email-worker")
					|| container.getListenerId().startsWith("sms-worker"))
			.toList();
		// Every provider call first takes a token from its rate limit's bucket, a row in PostgreSQL: while the test
		// holds those rows locked no provider call starts, so the crash comes half-way however fast the machine is.
		try (Connection providersHeld = dataSource.getConnection()) {
			providersHeld.setAutoCommit(false);
			providersHeld.createStatement().executeQuery("SELECT id FROM rate_bucket FOR UPDATE").close();
			workers.forEach(container -> container.stopAbnormally(() -> {
			}));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> workers.stream().noneMatch(MessageListenerContainer::isRunning));
			assertThat(sent()).as("the crash came half-way").isLessThan(2L * CITIZENS);
			providersHeld.rollback();
		}
		workers.forEach(MessageListenerContainer::start);

		new Pipeline(api()).awaitSettled(alertId, 2 * CITIZENS, Duration.ofSeconds(180));

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
		assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE status = 'SENT'", Long.class))
			.isEqualTo(2L * CITIZENS);
	}

	long sent() {
		return jdbc.queryForObject("SELECT count(*) FROM delivery WHERE status = 'SENT'", Long.class);
	}
}
