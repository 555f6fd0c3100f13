package org.beacon.broadcast.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beacon.broadcast.AlertStatus;
import org.beacon.ledger.DeliveryProgress;
import org.beacon.ledger.DeliverySnapshot;
import org.beacon.ledger.DeliverySnapshot.FailureCount;
import org.beacon.ledger.DeliveryStatus;
import org.beacon.ledger.FanOutState;
import org.beacon.subscribers.Channel;

/**
 * An alert's delivery as its page shows it, rendered by the server at first and then pushed every second over
 * Server-Sent Events as JSON: counts per channel and status, rate, percent, estimated time left, failures by reason,
 * and where the alert itself stands, so that a page learns at once that its alert was approved, rejected or cancelled.
 *
 * @param status the alert's {@link AlertStatus}
 * @param state how far the fan-out has come
 * @param channels counts per status for each of the alert's channels, every status present (0 when none)
 * @param ratePerSecond deliveries finished per second lately; null when not known (nothing finished yet, or done)
 * @param secondsLeft estimated seconds until every delivery is finished; null when not known
 * @param done whether nothing more will change: the delivery is over, or the alert ended unsent; the page stops
 * listening
 */
public record LiveProgress(AlertStatus status, FanOutState state, long recipients, long finished, int percent, Map<String, Map<String, Long>> channels,
		Double ratePerSecond, Long secondsLeft, List<FailureCount> failures, boolean done) {

	/** The statuses a page shows, in the order a delivery goes through them. */
	public static final List<String> STATUSES = Arrays.stream(DeliveryStatus.values()).map(DeliveryStatus::name).toList();

	public static LiveProgress of(AlertStatus status, DeliverySnapshot snapshot, Set<Channel> alertChannels, Double rate) {
		DeliveryProgress progress = snapshot.progress();
		Map<String, Map<String, Long>> channels = new LinkedHashMap<>();
		for (Channel channel : alertChannels.stream().sorted().toList()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			Map<String, Long> known = progress.byChannel().getOrDefault(channel.name(), Map.of());
			STATUSES.forEach(delivery -> counts.put(delivery, known.getOrDefault(delivery, 0L)));
			channels.put(channel.name(), counts);
		}
		long left = progress.recipients() - progress.finished();
		Double shownRate = snapshot.done() || rate == null || rate <= 0 ? null : rate;
		Long secondsLeft = snapshot.done() ? Long.valueOf(0) : shownRate == null ? null
				: Long.valueOf((long) Math.ceil(left / shownRate));
		return new LiveProgress(status, progress.fanOut(), progress.recipients(), progress.finished(), progress.percentDone(),
				channels, shownRate == null ? null : Math.round(shownRate * 10) / 10.0, secondsLeft,
				snapshot.failures(), snapshot.done() || status.endedUnsent());
	}

	/** The rate on average since the fan-out started: what a page shows before it measures one itself. */
	public static Double averageRate(DeliverySnapshot snapshot, Instant now) {
		if (snapshot.startedAt() == null || snapshot.progress().finished() == 0) {
			return null;
		}
		double seconds = Math.max(1, Duration.between(snapshot.startedAt(), now).toMillis() / 1000.0);
		return snapshot.progress().finished() / seconds;
	}
}
