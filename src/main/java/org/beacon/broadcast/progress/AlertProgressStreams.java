package org.beacon.broadcast.progress;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.store.Alerts;
import org.beacon.ledger.DeliverySnapshot;
import org.beacon.ledger.DeliveryWatch;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes the live progress of alerts to the pages watching them (Server-Sent Events), about every second while the
 * alert awaits approval or its delivery runs, and closes each stream once nothing more will change. The alert's
 * status and the ledger are read once per alert and tick, however many pages watch it; a page that goes away is
 * dropped at its next push.
 */
@Component
@ConditionalOnRole(Role.API)
public class AlertProgressStreams implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AlertProgressStreams.class);

	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private final DeliveryWatch watch;

	private final Alerts alerts;

	private final Map<UUID, Watchers> watched = new ConcurrentHashMap<>();

	private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "beacon-alert-progress");
		thread.setDaemon(true);
		return thread;
	});

	AlertProgressStreams(DeliveryWatch watch, Alerts alerts) {
		this.watch = watch;
		this.alerts = alerts;
		ticks.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
	}

	/** The pages watching one alert, and the rate measured for them. */
	private record Watchers(Set<Channel> channels, RateMeter rate, CopyOnWriteArrayList<SseEmitter> emitters) {
	}

	/** Opens a stream of the alert's progress; the first event comes at once. */
	public SseEmitter open(UUID alertId, Set<Channel> channels) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		// Added under the map's lock for this alert, so never to watchers that a push has just found idle and dropped.
		Watchers watchers = watched.compute(alertId, (id, current) -> {
			Watchers joined = current != null ? current
					: new Watchers(channels, new RateMeter(), new CopyOnWriteArrayList<>());
			joined.emitters().add(emitter);
			return joined;
		});
		Runnable drop = () -> watchers.emitters().remove(emitter);
		emitter.onCompletion(drop);
		emitter.onTimeout(drop);
		emitter.onError(error -> drop.run());
		ticks.execute(() -> push(alertId, watchers));
		return emitter;
	}

	private void tick() {
		watched.forEach((alertId, watchers) -> {
			try {
				push(alertId, watchers);
			}
			catch (RuntimeException ex) {
				// The database may be away for a moment: the pages keep their last state and the next tick tries again.
				log.warn("Could not read the progress of alert {}: {}", alertId, Masking.line(ex.getMessage()));
			}
		});
	}

	private void push(UUID alertId, Watchers watchers) {
		if (dropIfIdle(alertId, watchers)) {
			return;
		}
		DeliverySnapshot snapshot = watch.snapshot(alertId);
		// Read after the ledger: the last push, which closes the streams, carries the status that ended the delivery.
		AlertStatus status = alerts.status(alertId).orElseThrow();
		Double rate = watchers.rate().record(System.nanoTime(), snapshot.progress().finished());
		LiveProgress progress = LiveProgress.of(status, snapshot, watchers.channels(), rate);
		// Only the emitters sent to are finished here: one that a page opened meanwhile gets its own first push.
		for (SseEmitter emitter : watchers.emitters()) {
			try {
				emitter.send(SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
				if (progress.done()) {
					emitter.complete();
					watchers.emitters().remove(emitter);
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The page went away; its emitter is finished.
				watchers.emitters().remove(emitter);
			}
		}
		dropIfIdle(alertId, watchers);
	}

	/** Stops watching an alert no page watches any more, atomically with {@link #open} joining it. */
	private boolean dropIfIdle(UUID alertId, Watchers watchers) {
		if (!watchers.emitters().isEmpty()) {
			return false;
		}
		watched.computeIfPresent(alertId, (id, current) -> current == watchers && current.emitters().isEmpty() ? null
				: current);
		return true;
	}

	@Override
	public void destroy() {
		ticks.shutdownNow();
		watched.values().forEach(watchers -> watchers.emitters().forEach(SseEmitter::complete));
	}
}
