package org.beacon.delivery.email;

import java.util.List;

import org.beacon.delivery.BatchIntake;
import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.delivery.DeliveryAttempts.Priority;
import org.beacon.delivery.ProviderAnswer;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.KafkaListeners;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Sends the jobs of {@code beacon.deliveries.email} in batches: one claim per batch, a few parallel SMTP sessions
 * each carrying many messages, one statement per kind of outcome. SMTP 5xx replies are recorded at once and the
 * address is suppressed; 4xx replies and connection failures go to the retries topic ({@link EmailRetries}). While
 * the relay's circuit is open the batch is handed back to Kafka unclaimed, to come again after a pause.
 */
@Component
@ConditionalOnRole(Role.EMAIL)
class EmailWorker {

	private final BatchIntake intake;

	private final EmailSender sender;

	private final Suppression suppression;

	EmailWorker(BatchIntake intake, EmailSender sender, Suppression suppression) {
		this.intake = intake;
		this.sender = sender;
		this.suppression = suppression;
	}

	@KafkaListener(id = "email-worker", groupId = "beacon-email", topics = Topics.EMAIL_DELIVERIES,
			containerFactory = KafkaListeners.BATCH, concurrency = "${beacon.delivery.email.concurrency:2}",
			properties = "max.poll.records=${beacon.delivery.batch-size:200}")
	void on(List<EmailDelivery> jobs, Acknowledgment ack) {
		deliver(jobs, Priority.ROUTINE, Topics.EMAIL_RETRIES, ack);
	}

	/** The priority lane: its own consumers, so urgent messages never wait behind routine ones. */
	@KafkaListener(id = "email-worker-urgent", groupId = "beacon-email-urgent",
			topics = Topics.URGENT_EMAIL_DELIVERIES, containerFactory = KafkaListeners.BATCH,
			concurrency = "${beacon.delivery.email.urgent-concurrency:2}",
			properties = "max.poll.records=${beacon.delivery.batch-size:200}")
	void onUrgent(List<EmailDelivery> jobs, Acknowledgment ack) {
		deliver(jobs, Priority.URGENT, Topics.URGENT_EMAIL_RETRIES, ack);
	}

	private void deliver(List<EmailDelivery> jobs, Priority priority, String retryTopic, Acknowledgment ack) {
		intake.take("EMAIL", priority, jobs, this::sendAll, retryTopic, refusals -> refusals
			.forEach(refusal -> suppression.afterRefusal(refusal.destination(), refusal.failure())), ack);
	}

	private List<ProviderAnswer> sendAll(List<Claimed<EmailDelivery>> chunk) {
		return sender.sendAll(chunk.stream().map(claim -> AlertEmail.of(claim.job(), claim.destination())).toList());
	}
}
