package org.beacon.delivery.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.ledger.DeliveryLedger;
import org.beacon.platform.sandbox.FakeTwilioCallbacks;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A storm of Twilio status callbacks, as a large alert brings: 10,000 signed callbacks through the real webhook, every
 * step of 2,000 messages (queued, sent, then their final status, twice or three times), shuffled, posted by many
 * connections at once, a fifth of them for messages whose send the worker has not recorded yet. Each row ends with
 * its message's final status.
 */
class StatusCallbackStormIntegrationTests extends BeaconIntegrationTest {

	static final int MESSAGES = 2_000;

	static final String PATH = "/webhooks/twilio/status";

	static final List<String> FINAL = List.of("delivered", "undelivered", "failed");

	@Autowired
	DeliveryProperties properties;

	@Autowired
	DeliveryLedger ledger;

	@Autowired
	MeterRegistry meters;

	record Message(String sid, UUID subscriber, String status, boolean early) {

		/** Five callbacks: queued, sent and the final status, repeated as Twilio does when an answer is slow. */
		List<Map<String, String>> callbacks(int n) {
			List<Map<String, String>> steps = new ArrayList<>(List.of(callback("queued"), callback("sent"),
					callback(status), callback(status)));
			steps.add(n % 2 == 0 ? callback(status) : callback("sent"));
			return steps;
		}

		Map<String, String> callback(String messageStatus) {
			Map<String, String> params = new HashMap<>(Map.of("MessageSid", sid, "MessageStatus", messageStatus,
					"To", "+22376000200"));
			switch (messageStatus) {
				case "undelivered" -> params.put("ErrorCode", "30003");
				case "failed" -> params.put("ErrorCode", "30008");
				default -> {
				}
			}
			return params;
		}
	}

	@Test
	void tenThousandCallbacksInAnyOrderWithDuplicatesLeaveEachRowWithItsFinalStatus() throws Exception {
		Random random = new Random(16);
		List<Message> messages = new ArrayList<>();
		for (int i = 0; i < MESSAGES; i++) {
			messages.add(new Message("SMstorm%05d".formatted(i), UUID.randomUUID(), FINAL.get(random.nextInt(3)),
					i % 5 == 0));
		}
		jdbc.batchUpdate("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed, status, provider_id)
				VALUES (?, ?, 'SMS', ?, ?, ?)""", messages.stream()
			.map(m -> new Object[] { UUID.randomUUID(), m.subscriber(), sealedDestination("+22376000200"),
					m.early() ? "SENDING" : "SENT",
					m.early() ? null : m.sid() })
			.toList());
		List<Map<String, String>> callbacks = new ArrayList<>();
		for (int i = 0; i < MESSAGES; i++) {
			callbacks.addAll(messages.get(i).callbacks(i));
		}
		Collections.shuffle(callbacks, random);
		double taken = intake("kafka") + intake("direct");
		long started = System.nanoTime();

		post(callbacks.subList(0, callbacks.size() / 2));
		long posted = System.nanoTime();
		awaitPipelineIdle();
		long applied = System.nanoTime();
		ledger.sentAll(messages.stream().filter(Message::early)
			.map(m -> DeliveryLedger.Answer.accepted(id(m.subscriber()), m.sid())).toList());
		post(callbacks.subList(callbacks.size() / 2, callbacks.size()));
		long postedAgain = System.nanoTime();
		awaitPipelineIdle();
		System.out.printf("STORM first half posted in %d ms, applied %d ms later; second half posted in %d ms%n",
				(posted - started) / 1_000_000, (applied - posted) / 1_000_000, (postedAgain - applied) / 1_000_000);

		System.out.printf("STORM %d callbacks applied in %d ms%n", callbacks.size(),
				(System.nanoTime() - started) / 1_000_000);
		assertThat(callbacks).hasSize(10_000);
		Map<String, String> ended = jdbc.query("SELECT provider_id, status, error_code FROM delivery", rs -> {
			Map<String, String> rows = new HashMap<>();
			while (rs.next()) {
				rows.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
			}
			return rows;
		});
		assertThat(ended).isEqualTo(messages.stream().collect(Collectors.toMap(Message::sid, m -> switch (m.status()) {
			case "undelivered" -> "UNDELIVERED twilio:30003";
			case "failed" -> "FAILED twilio:30008";
			default -> "DELIVERED null";
		})));
		assertThat(intake("kafka") + intake("direct") - taken).as("final callbacks taken")
			.isEqualTo(callbacks.stream().filter(c -> FINAL.contains(c.get("MessageStatus"))).count());
	}

	double intake(String path) {
		return meters.counter("beacon.delivery.reports.intake", "path", path).count();
	}

	long id(UUID subscriber) {
		return jdbc.queryForObject("SELECT id FROM delivery WHERE subscriber_id = ?", Long.class, subscriber);
	}

	/** Posts the callbacks signed, over 16 connections at once; each must be answered 204. */
	void post(List<Map<String, String>> callbacks) throws Exception {
		ExecutorService connections = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (Map<String, String> params : callbacks) {
				answers.add(connections.submit(() -> post(params)));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(204);
			}
		}
		finally {
			connections.shutdownNow();
		}
	}

	int post(Map<String, String> params) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.set("X-Twilio-Signature", FakeTwilioCallbacks.signature(properties.twilio().authToken(),
				properties.twilio().webhookBaseUrl() + PATH, params));
		LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		params.forEach(body::add);
		return http.postForEntity(PATH, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
	}
}
