package org.beacon.fanout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.beacon.ledger.Deliveries.Pending;
import org.beacon.platform.Topics;
import org.beacon.subscribers.Channel;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Queues one job per ledger row on the channel's topic, keyed by subscriber so one person's messages stay in order.
 * Jobs carry what the worker needs to send, so workers never read the alert.
 */
@Component
class DeliveryJobs {

	private final KafkaTemplate<String, Object> kafka;

	private final FanoutProperties properties;

	DeliveryJobs(KafkaTemplate<String, Object> kafka, FanoutProperties properties) {
		this.kafka = kafka;
		this.properties = properties;
	}

	/**
	 * SMS job, read by the SMS worker as its own record type. It names no phone number: the worker takes it from
	 * the ledger row it claims, so contact points stay out of Kafka.
	 */
	record SmsJob(String type, int schemaVersion, long deliveryId, UUID alertId, UUID subscriberId, String text,
			String severity) {
	}

	/**
	 * Email job, read by the email worker as its own record type; like SMS jobs, it names no address.
	 *
	 * @param answerBy for a check-in, until when its answer links work; null for an alert that asks nothing
	 */
	record EmailJob(String type, int schemaVersion, long deliveryId, UUID alertId, UUID subscriberId, String locale,
			String alertType, String severity, String title, String body, String sender, Instant issuedAt,
			Instant answerBy) {
	}

	private static String topic(boolean sms, boolean urgent) {
		if (sms) {
			return urgent ? Topics.URGENT_SMS_DELIVERIES : Topics.SMS_DELIVERIES;
		}
		return urgent ? Topics.URGENT_EMAIL_DELIVERIES : Topics.EMAIL_DELIVERIES;
	}

	/** Sends the jobs and returns once Kafka has acknowledged every one of them. */
	void publish(AlertRecord alert, List<Pending> pending)
			throws InterruptedException, ExecutionException, TimeoutException {
		List<CompletableFuture<?>> acks = new ArrayList<>(pending.size());
		for (Pending row : pending) {
			boolean sms = row.channel() == Channel.SMS;
			AlertRecord.Wording words = alert.wordingFor(row.locale());
			Object job = sms
					? new SmsJob("SmsDelivery", 1, row.id(), alert.alertId(), row.subscriberId(), words.smsText(),
							alert.severity())
					: new EmailJob("EmailDelivery", 1, row.id(), alert.alertId(), row.subscriberId(), row.locale(),
							alert.alertType(), alert.severity(), words.title(), words.body(), alert.sender(),
							alert.issuedAt(), alert.answerBy());
			// Sent as a Message so the template's JSON converter writes it, like every record Beacon produces.
			acks.add(kafka.send(MessageBuilder.withPayload(job)
				.setHeader(KafkaHeaders.TOPIC, topic(sms, alert.urgent()))
				.setHeader(KafkaHeaders.KEY, row.subscriberId().toString())
				.build()));
		}
		CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
			.get(properties.sendTimeoutSeconds(), TimeUnit.SECONDS);
	}
}
