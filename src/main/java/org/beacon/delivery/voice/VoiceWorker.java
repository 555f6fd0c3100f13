package org.beacon.delivery.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.springframework.context.MessageSource;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Places the calls of {@code beacon.deliveries.voice}, a check-in's last wave, through the ledger's one path
 * ({@link BatchIntake}): claimed, called, recorded as the provider took or refused each, transient failures retried
 * with growing delays and dead-lettered when the attempts are spent. It runs where SMS is sent: both are the phone
 * provider's.
 */
@Component
@ConditionalOnRole(Role.SMS)
class VoiceWorker extends ChannelWorker<VoiceDelivery> {

	private final Providers<VoiceCaller> callers;

	private final AnswerJournal journal;

	private final MessageSource messages;

	VoiceWorker(BatchIntake intake, List<VoiceCaller> callers, ProviderRouting routing, AnswerJournal journal,
			MessageSource messages) {
		super(Channel.VOICE, intake);
		this.callers = Providers.of(Channel.VOICE, callers, VoiceCaller::provider, routing);
		this.journal = journal;
		this.messages = messages;
	}

	@KafkaListener(id = "voice-worker", groupId = "beacon-voice", topics = Topics.VOICE_DELIVERIES,
			containerFactory = KafkaListeners.BATCH, concurrency = "${beacon.delivery.voice.concurrency:1}",
			properties = "max.poll.records=${beacon.delivery.batch-size:200}")
	void on(List<VoiceDelivery> jobs, Acknowledgment ack) {
		deliver(jobs, Priority.ROUTINE, Topics.VOICE_RETRIES, ack);
	}

	@DeliveryRetries
	@KafkaListener(id = "voice-retries", groupId = "beacon-voice-retries", topics = Topics.VOICE_RETRIES)
	void retry(VoiceDelivery job, @Header(name = RetryLane.NOT_BEFORE, required = false) byte[] notBefore) {
		tryAgain(job, Priority.ROUTINE, notBefore);
	}

	@DltHandler
	void dead(VoiceDelivery job, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		exhausted(job, reason);
	}

	/** One call after another, each recorded as soon as the provider placed it; after a transient failure, the rest wait. */
	@Override
	protected List<ProviderAnswer> send(String provider, List<Claimed<VoiceDelivery>> chunk) {
		VoiceCaller caller = callers.get(provider);
		List<ProviderAnswer> answers = new ArrayList<>(chunk.size());
		DeliveryFailure down = null;
		for (Claimed<VoiceDelivery> claim : chunk) {
			if (down != null) {
				answers.add(ProviderAnswer.failed(down));
				continue;
			}
			VoiceDelivery job = claim.job();
			Locale locale = Locale.forLanguageTag(job.locale() == null ? "en" : job.locale());
			String script = messages.getMessage("checkin.voice.ask", new Object[] { job.sender(), job.title() },
					locale);
			try {
				String callId = caller.call(new VoiceCaller.Request(claim.destination(), job.alertId(),
						job.subscriberId(), locale, script));
				journal.accepted(job.deliveryId(), callId);
				answers.add(ProviderAnswer.accepted(callId));
			}
			catch (DeliveryFailure failure) {
				answers.add(ProviderAnswer.failed(failure));
				down = failure.permanent() ? null : failure;
			}
		}
		return answers;
	}
}
