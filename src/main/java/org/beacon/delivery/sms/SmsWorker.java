package org.beacon.delivery.sms;

import java.util.ArrayList;
import java.util.List;

import org.beacon.delivery.BatchIntake;
import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.delivery.DeliveryAttempts.Priority;
import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.ProviderAnswer;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.KafkaListeners;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Sends the jobs of {@code beacon.deliveries.sms} in batches: one claim per batch, parallel calls to Twilio, one
 * statement per kind of outcome. Permanent failures are recorded at once; transient ones go to the retries topic,
 * whose listener ({@link SmsRetries}) retries them with growing delays and dead-letters them when retries are
 * exhausted. While Twilio's circuit is open the batch is handed back to Kafka unclaimed, to come again after a pause.
 */
@Component
@ConditionalOnRole(Role.SMS)
class SmsWorker {

	private final BatchIntake intake;

	private final SmsSender sender;

	SmsWorker(BatchIntake intake, SmsSender sender) {
		this.intake = intake;
		this.sender = sender;
	}

	@KafkaListener(id = "sms-worker", groupId = "beacon-sms", topics = Topics.SMS_DELIVERIES,
			containerFactory = KafkaListeners.BATCH, concurrency = "${beacon.delivery.sms.concurrency:2}",
			properties = "max.poll.records=${beacon.delivery.batch-size:200}")
	void on(List<SmsDelivery> jobs, Acknowledgment ack) {
		deliver(jobs, Priority.ROUTINE, Topics.SMS_RETRIES, ack);
	}

	/** The priority lane: its own consumers, so urgent messages never wait behind routine ones. */
	@KafkaListener(id = "sms-worker-urgent", groupId = "beacon-sms-urgent", topics = Topics.URGENT_SMS_DELIVERIES,
			containerFactory = KafkaListeners.BATCH, concurrency = "${beacon.delivery.sms.urgent-concurrency:2}",
			properties = "max.poll.records=${beacon.delivery.batch-size:200}")
	void onUrgent(List<SmsDelivery> jobs, Acknowledgment ack) {
		deliver(jobs, Priority.URGENT, Topics.URGENT_SMS_RETRIES, ack);
	}

	private void deliver(List<SmsDelivery> jobs, Priority priority, String retryTopic, Acknowledgment ack) {
		// Refused numbers need nothing more here: the ledger has the refusal, STOP replies come by webhook.
		intake.take("SMS", priority, jobs, this::sendEach, retryTopic, refusals -> {
		}, ack);
	}

	/** One message after another over the chunk's kept-alive connection; after a transient failure, the rest wait. */
	private List<ProviderAnswer> sendEach(List<Claimed<SmsDelivery>> chunk) {
		List<ProviderAnswer> answers = new ArrayList<>(chunk.size());
		DeliveryFailure down = null;
		for (Claimed<SmsDelivery> claim : chunk) {
			if (down != null) {
				answers.add(ProviderAnswer.failed(down));
				continue;
			}
			try {
				answers.add(ProviderAnswer.accepted(sender.send(claim.destination(), claim.job().text())));
			}
			catch (DeliveryFailure failure) {
				answers.add(ProviderAnswer.failed(failure));
				down = failure.permanent() ? null : failure;
			}
		}
		return answers;
	}
}
