package org.beacon.delivery.sms;

import java.util.ArrayList;
import java.util.List;

import org.beacon.delivery.AnswerJournal;
import org.beacon.delivery.BatchIntake;
import org.beacon.delivery.ChannelWorker;
import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.delivery.DeliveryFailure;
import org.beacon.delivery.DeliveryRetries;
import org.beacon.delivery.Priority;
import org.beacon.delivery.ProviderAnswer;
import org.beacon.delivery.ProviderRouting;
import org.beacon.delivery.Providers;
import org.beacon.delivery.RetryLane;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.KafkaListeners;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.beacon.subscribers.Channel;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Sends the jobs of {@code beacon.deliveries.sms} in batches, each slice through the SMS provider the routing chooses
 * (Twilio, SNS): one claim per slice, parallel calls to the provider, one statement per kind of outcome. Permanent
 * failures are recorded at once; refused numbers need nothing more here (the ledger has the refusal, STOP replies
 * come by webhook). Transient ones go to the retries topic, whose listeners retry each as a batch of one with growing
 * delays, and dead-letter it when the attempts ({@code beacon.delivery.attempts}, the batch's own included) are
 * spent. While every provider's circuit is open a
 * batch is handed back to Kafka unclaimed, to come again after a pause.
 */
@Component
@ConditionalOnRole(Role.SMS)
class SmsWorker extends ChannelWorker<SmsDelivery> {

	private final Providers<SmsSender> senders;

	private final AnswerJournal journal;

	SmsWorker(BatchIntake intake, List<SmsSender> senders, ProviderRouting routing, AnswerJournal journal) {
		super(Channel.SMS, intake);
		this.senders = Providers.of(Channel.SMS, senders, SmsSender::provider, routing);
		this.journal = journal;
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

	@DeliveryRetries
	@KafkaListener(id = "sms-retries", groupId = "beacon-sms-retries", topics = Topics.SMS_RETRIES)
	void retry(SmsDelivery job, @Header(name = RetryLane.NOT_BEFORE, required = false) byte[] notBefore) {
		tryAgain(job, Priority.ROUTINE, notBefore);
	}

	@DeliveryRetries
	@KafkaListener(id = "sms-retries-urgent", groupId = "beacon-sms-retries-urgent",
			topics = Topics.URGENT_SMS_RETRIES)
	void retryUrgent(SmsDelivery job, @Header(name = RetryLane.NOT_BEFORE, required = false) byte[] notBefore) {
		tryAgain(job, Priority.URGENT, notBefore);
	}

	@DltHandler
	void dead(SmsDelivery job, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		exhausted(job, reason);
	}

	/**
	 * One message after another over the chunk's kept-alive connection, each recorded as soon as the provider took
	 * it; after a transient failure, the rest wait.
	 */
	@Override
	protected List<ProviderAnswer> send(String provider, List<Claimed<SmsDelivery>> chunk) {
		SmsSender sender = senders.get(provider);
		List<ProviderAnswer> answers = new ArrayList<>(chunk.size());
		DeliveryFailure down = null;
		for (Claimed<SmsDelivery> claim : chunk) {
			if (down != null) {
				answers.add(ProviderAnswer.failed(down));
				continue;
			}
			try {
				String providerId = sender.send(claim.destination(), claim.job().text());
				// Recorded at once: should this worker die before the chunk is done, this message is not in doubt.
				journal.accepted(claim.job().deliveryId(), providerId);
				answers.add(ProviderAnswer.accepted(providerId));
			}
			catch (DeliveryFailure failure) {
				answers.add(ProviderAnswer.failed(failure));
				down = failure.permanent() ? null : failure;
			}
		}
		return answers;
	}
}
