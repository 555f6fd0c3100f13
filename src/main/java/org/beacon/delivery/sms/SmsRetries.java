package org.beacon.delivery.sms;

import org.beacon.delivery.DeliveryAttempts;
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
 * Retries the SMS jobs that failed transiently in a batch, one by one: a job is due a moment after it failed, then
 * goes through retry topics with exponential backoff; permanent failures are recorded at once; when the attempts
 * ({@code beacon.delivery.attempts}, the batch's own included) are spent, the dead-letter topic records it as FAILED.
 */
@Component
@ConditionalOnRole(Role.SMS)
class SmsRetries {

	private final DeliveryAttempts attempts;

	private final SmsSender sender;

	private final RetryLane lane;

	SmsRetries(DeliveryAttempts attempts, SmsSender sender, RetryLane lane) {
		this.attempts = attempts;
		this.sender = sender;
		this.lane = lane;
	}

	@DeliveryRetries
	@KafkaListener(id = "sms-retries", groupId = "beacon-sms-retries", topics = Topics.SMS_RETRIES)
	void retry(SmsDelivery job, @Header(name = RetryLane.NOT_BEFORE, required = false) byte[] notBefore) {
		lane.awaitDue(notBefore);
		attempts.attempt(job.deliveryId(), "SMS", Priority.ROUTINE, phone -> sender.send(phone, job.text()));
	}

	@DeliveryRetries
	@KafkaListener(id = "sms-retries-urgent", groupId = "beacon-sms-retries-urgent",
			topics = Topics.URGENT_SMS_RETRIES)
	void retryUrgent(SmsDelivery job, @Header(name = RetryLane.NOT_BEFORE, required = false) byte[] notBefore) {
		lane.awaitDue(notBefore);
		attempts.attempt(job.deliveryId(), "SMS", Priority.URGENT, phone -> sender.send(phone, job.text()));
	}

	@DltHandler
	void dead(SmsDelivery job, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		attempts.exhausted(job.deliveryId(), "SMS", reason);
	}
}
