package org.beacon.checkins.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.beacon.checkins.CheckInView;
import org.beacon.checkins.CheckIns;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes check-ins' counts to the pages watching them (Server-Sent Events, event {@code tally}): at once when a page
 * opens its stream, after answers ({@link #changed}), throttled to one count per check-in per
 * {@code beacon.checkin.live.throttle} however many pages watch it and however many answers come, and every
 * {@code beacon.checkin.live.refresh} besides. A stream ends when its check-in stops taking answers; a page that goes
 * away is dropped at its next push. Callers check who may watch before {@link #open}.
 */
@Component
@ConditionalOnRole(Role.API)
public class CheckInStreams implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CheckInStreams.class);

	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private final Function<UUID, Optional<CheckInView>> reports;

	private final long refreshNanos;

	private final Map<UUID, Watchers> watched = new ConcurrentHashMap<>();

	private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "beacon-checkin-live");
		thread.setDaemon(true);
		return thread;
	});

	@Autowired
	CheckInStreams(CheckIns checkIns, LiveProperties properties) {
		this(checkIns::report, properties);
		long throttle = properties.throttle().toMillis();
		ticks.scheduleWithFixedDelay(() -> flush(System.nanoTime()), throttle, throttle, TimeUnit.MILLISECONDS);
	}

	/** Without its timer: {@link #flush} is called by the test. */
	CheckInStreams(Function<UUID, Optional<CheckInView>> reports, LiveProperties properties) {
		this.reports = reports;
		this.refreshNanos = properties.refresh().toNanos();
	}

	/** The pages watching one check-in; {@code changed} when an answer came since the last push. */
	private record Watchers(CopyOnWriteArrayList<SseEmitter> emitters, AtomicBoolean changed, AtomicLong pushedAt) {
	}

	/** Opens a stream of the check-in's counts; the first event comes at once. */
	public SseEmitter open(UUID checkInId) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		// Added under the map's lock for this check-in, so never to watchers a push has just found idle and dropped.
		Watchers watchers = watched.compute(checkInId, (id, current) -> {
			Watchers joined = current != null ? current
					: new Watchers(new CopyOnWriteArrayList<>(), new AtomicBoolean(),
							new AtomicLong(System.nanoTime()));
			joined.emitters().add(emitter);
			return joined;
		});
		Runnable drop = () -> watchers.emitters().remove(emitter);
		emitter.onCompletion(drop);
		emitter.onTimeout(drop);
		emitter.onError(error -> drop.run());
		ticks.execute(() -> push(checkInId, watchers));
		return emitter;
	}

	/** An answer came, or staff closed the check-in: its pages are brought up to date at the next flush. */
	public void changed(UUID checkInId) {
		Watchers watchers = watched.get(checkInId);
		if (watchers != null) {
			watchers.changed().set(true);
		}
	}

	/** Counts each watched check-in that changed, or that was not pushed for {@code refresh}, once. */
	void flush(long nanos) {
		watched.forEach((checkInId, watchers) -> {
			boolean changed = watchers.changed().getAndSet(false);
			if (changed || nanos - watchers.pushedAt().get() >= refreshNanos) {
				try {
					push(checkInId, watchers);
				}
				catch (RuntimeException ex) {
					// The database may be away for a moment: the pages keep their counts and the next flush tries again.
					watchers.changed().set(changed);
					log.warn("Could not count check-in {}: {}", checkInId, Masking.line(ex.getMessage()));
				}
			}
		});
	}

	/** How many check-ins pages watch now. */
	int watchedCount() {
		return watched.size();
	}

	private void push(UUID checkInId, Watchers watchers) {
		if (dropIfIdle(checkInId, watchers)) {
			return;
		}
		watchers.pushedAt().set(System.nanoTime());
		Optional<CheckInView> report = reports.apply(checkInId);
		LiveCheckIn live = report.map(LiveCheckIn::of).orElse(null);
		for (SseEmitter emitter : watchers.emitters()) {
			try {
				if (live != null) {
					emitter.send(SseEmitter.event().name("tally").data(live, MediaType.APPLICATION_JSON));
				}
				// Answers are no longer taken: the page shows the end, and nothing it follows changes much after.
				if (live == null || !live.checkIn().open()) {
					emitter.complete();
					watchers.emitters().remove(emitter);
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The page went away; its emitter is finished.
				watchers.emitters().remove(emitter);
			}
		}
		dropIfIdle(checkInId, watchers);
	}

	/** Stops watching a check-in no page watches any more, atomically with {@link #open} joining it. */
	private boolean dropIfIdle(UUID checkInId, Watchers watchers) {
		if (!watchers.emitters().isEmpty()) {
			return false;
		}
		watched.computeIfPresent(checkInId, (id, current) -> current == watchers && current.emitters().isEmpty() ? null
				: current);
		return true;
	}

	@Override
	public void destroy() {
		ticks.shutdownNow();
		watched.values().forEach(watchers -> watchers.emitters().forEach(SseEmitter::complete));
	}
}
