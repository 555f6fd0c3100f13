package org.beacon.delivery.email;

import org.beacon.delivery.DeliveryAttempts;
import org.beacon.delivery.DeliveryAttempts.Outcome;
import org.beacon.delivery.DeliveryAttempts.Priority;
import org.beacon.delivery.DeliveryRetries;
import org.beacon.delivery.RetryLane;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.Topics;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Retries the email jobs that failed transiently in a batch (SMTP 4xx, connection failures), one by one, through
 * retry topics with exponential backoff; exhausted retries land on the dead-letter topic and are recorded as FAILED.
 */
@Component
@ConditionalOnRole(Role.EMAIL)
class EmailRetries {

	private final DeliveryAttempts attempts;

	private final EmailSender sender;

	private final RetryLane lane;

	private final Suppression suppression;

	EmailRetries(DeliveryAttempts attempts, EmailSender sender, RetryLane lane, Suppression suppression) {
		this.attempts = attempts;
		this.sender = sender;
		this.lane = lane;
		this.suppression = suppression;
	}

	@DeliveryRetries
	@KafkaListener(id = "email-retries", groupId = "beacon-email-retries", topics = Topics.EMAIL_RETRIES)
	void retry(EmailDelivery job, @Header(name = RetryLane.NOT_BEFORE, required = false) byte[] notBefore) {
		lane.awaitDue(notBefore);
		deliver(job, Priority.ROUTINE);
	}

	@DeliveryRetries
	@KafkaListener(id = "email-retries-urgent", groupId = "beacon-email-retries-urgent",
			topics = Topics.URGENT_EMAIL_RETRIES)
	void retryUrgent(EmailDelivery job, @Header(name = RetryLane.NOT_BEFORE, required = false) byte[] notBefore) {
		lane.awaitDue(notBefore);
		deliver(job, Priority.URGENT);
	}

	private void deliver(EmailDelivery job, Priority priority) {
		Outcome outcome = attempts.attempt(job.deliveryId(), "EMAIL", priority,
				address -> sender.send(AlertEmail.of(job, address)));
		if (outcome.failedForGood()) {
			suppression.afterRefusal(outcome.destination(), outcome.failure());
		}
	}

	@DltHandler
	void dead(EmailDelivery job, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		attempts.exhausted(job.deliveryId(), "EMAIL", reason);
	}
}
