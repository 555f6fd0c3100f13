package org.beacon.delivery;

import java.util.List;

import org.beacon.delivery.ChunkSender.Claimed;
import org.beacon.delivery.DeliveryBatches.Unsent;
import org.beacon.subscribers.Channel;
import org.springframework.kafka.support.Acknowledgment;

/**
 * A channel's worker: its batch listeners hand their batches to {@link #deliver}, its retries listeners their jobs
 * to {@link #tryAgain}, its dead-letter handler to {@link #exhausted}, and all take the one path of
 * {@link BatchIntake}. A channel's worker declares its listeners (their topics, groups and record type) and says how
 * the channel sends a chunk and what it does about refused messages; nothing else.
 *
 * @param <J> the channel's job, the record its listeners read
 */
public abstract class ChannelWorker<J extends DeliveryJob> {

	private final Channel channel;

	private final BatchIntake intake;

	protected ChannelWorker(Channel channel, BatchIntake intake) {
		this.channel = channel;
		this.intake = intake;
	}

	/**
	 * Sends a chunk of claimed jobs through one of the channel's providers.
	 *
	 * @see ChunkSender#send
	 */
	protected abstract List<ProviderAnswer> send(String provider, List<Claimed<J>> chunk);

	/** What the channel does about messages refused for good, once the ledger has them. Nothing, by default. */
	protected void refused(List<Unsent<J>> refusals) {
	}

	/**
	 * Delivers a batch of a delivery topic.
	 *
	 * @param retryTopic the lane's retries topic, where transient failures go
	 */
	protected final void deliver(List<J> jobs, Priority priority, String retryTopic, Acknowledgment ack) {
		intake.take(channel, priority, jobs, this::send, retryTopic, this::refused, ack);
	}

	/**
	 * Tries a job of a retries topic again.
	 *
	 * @throws DeliveryFailure when it should be tried again later, for the listener's retry topics
	 */
	protected final void tryAgain(J job, Priority priority, byte[] notBefore) {
		intake.retake(channel, priority, job, notBefore, this::send, this::refused);
	}

	/** Records a dead-lettered job as FAILED. */
	protected final void exhausted(J job, String lastError) {
		intake.exhausted(channel, job.deliveryId(), lastError);
	}
}
