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
	 * @param expires until when the alert is in force, which the email says; null when not set
	 */
	record EmailJob(String type, int schemaVersion, long deliveryId, UUID alertId, UUID subscriberId, String locale,
			String alertType, String severity, String title, String body, String sender, Instant issuedAt,
			Instant answerBy, Instant expires) {
	}

	/**
	 * Call job of a check-in's last wave, read by the voice worker as its own record type; it names no number.
	 *
	 * @param alertId the check-in the call asks about
	 */
	record VoiceJob(String type, int schemaVersion, long deliveryId, UUID alertId, UUID subscriberId, String locale,
			String title, String sender) {
	}

	/** The channel's topic in the alert's lane; calls have one lane, every call being a check-in's. */
	private static String topic(Channel channel, boolean urgent) {
		return switch (channel) {
			case SMS -> urgent ? Topics.URGENT_SMS_DELIVERIES : Topics.SMS_DELIVERIES;
			case EMAIL -> urgent ? Topics.URGENT_EMAIL_DELIVERIES : Topics.EMAIL_DELIVERIES;
			case VOICE -> Topics.VOICE_DELIVERIES;
		};
	}

	/** Sends the jobs and returns once Kafka has acknowledged every one of them. */
	void publish(AlertRecord alert, List<Pending> pending)
			throws InterruptedException, ExecutionException, TimeoutException {
		List<CompletableFuture<?>> acks = new ArrayList<>(pending.size());
		for (Pending row : pending) {
			AlertRecord.Wording words = alert.wordingFor(row.locale());
			UUID about = alert.subject();
			Object job = switch (row.channel()) {
				case SMS -> new SmsJob("SmsDelivery", 1, row.id(), about, row.subscriberId(), words.smsText(),
						alert.severity());
				case EMAIL -> new EmailJob("EmailDelivery", 1, row.id(), about, row.subscriberId(), row.locale(),
						alert.alertType(), alert.severity(), words.title(), words.body(), alert.sender(),
						alert.issuedAt(), alert.answerBy(), alert.expires());
				case VOICE -> new VoiceJob("VoiceDelivery", 1, row.id(), about, row.subscriberId(), row.locale(),
						words.title(), alert.sender());
			};
			// Sent as a Message so the template's JSON converter writes it, like every record Beacon produces.
			acks.add(kafka.send(MessageBuilder.withPayload(job)
				.setHeader(KafkaHeaders.TOPIC, topic(row.channel(), alert.urgent()))
				.setHeader(KafkaHeaders.KEY, row.subscriberId().toString())
				.build()));
		}
		CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
			.get(properties.sendTimeoutSeconds(), TimeUnit.SECONDS);
	}
}
