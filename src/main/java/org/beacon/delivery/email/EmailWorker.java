package org.beacon.delivery.email;

import java.util.List;

import org.beacon.delivery.BatchIntake;
import org.beacon.delivery.ChannelWorker;
import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.delivery.DeliveryBatches.Unsent;
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
 * Sends the jobs of {@code beacon.deliveries.email} in batches: one claim per batch, a few parallel SMTP sessions
 * each carrying many messages, one statement per kind of outcome. SMTP 5xx replies are recorded at once and the
 * address is suppressed; 4xx replies and connection failures go to the retries topic, whose listeners retry each as
 * a batch of one with growing delays, and dead-letter it when the attempts are spent. Each slice of a batch goes
 * through the email provider the routing chooses (the SMTP relay, SES); while every provider's circuit is open a
 * batch is handed back to Kafka unclaimed, to come again after a pause.
 */
@Component
@ConditionalOnRole(Role.EMAIL)
class EmailWorker extends ChannelWorker<EmailDelivery> {

	private final Providers<EmailSender> senders;

	private final Suppression suppression;

	EmailWorker(BatchIntake intake, List<EmailSender> senders, ProviderRouting routing, Suppression suppression) {
		super(Channel.EMAIL, intake);
		this.senders = Providers.of(Channel.EMAIL, senders, EmailSender::provider, routing);
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

	@DeliveryRetries
	@KafkaListener(id = "email-retries", groupId = "beacon-email-retries", topics = Topics.EMAIL_RETRIES)
	void retry(EmailDelivery job, @Header(name = RetryLane.NOT_BEFORE, required = false) byte[] notBefore) {
		tryAgain(job, Priority.ROUTINE, notBefore);
	}

	@DeliveryRetries
	@KafkaListener(id = "email-retries-urgent", groupId = "beacon-email-retries-urgent",
			topics = Topics.URGENT_EMAIL_RETRIES)
	void retryUrgent(EmailDelivery job, @Header(name = RetryLane.NOT_BEFORE, required = false) byte[] notBefore) {
		tryAgain(job, Priority.URGENT, notBefore);
	}

	@DltHandler
	void dead(EmailDelivery job, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		exhausted(job, reason);
	}

	/** The chunk's emails one after another in one session with the provider. */
	@Override
	protected List<ProviderAnswer> send(String provider, List<Claimed<EmailDelivery>> chunk) {
		return senders.get(provider).sendAll(chunk.stream().map(claim -> AlertEmail.of(claim.job(), claim.destination())).toList());
	}

	@Override
	protected void refused(List<Unsent<EmailDelivery>> refusals) {
		refusals.forEach(refusal -> suppression.afterRefusal(refusal.destination(), refusal.failure()));
	}
}
