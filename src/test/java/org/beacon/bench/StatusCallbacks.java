package org.beacon.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.beacon.platform.sandbox.FakeTwilioApi.MessageRequest;
import org.beacon.platform.sandbox.FakeTwilioCallbacks;

/**
 * Twilio's status callbacks for every message the benchmark's Twilio stub took, as Twilio sends them: "sent" a moment
 * after the message was taken, "delivered" a couple of seconds later, each a form POST signed with the auth token
 * ({@link FakeTwilioCallbacks#signature}) to the {@code StatusCallback} the message named. A pool of senders posts
 * them when due, keeping their connections alive as Twilio's do. It counts what Beacon accepted, and keeps the
 * moment one "delivered" report in {@value #SAMPLE_EVERY} was accepted, for the ledger to be watched for it.
 */
final class StatusCallbacks implements AutoCloseable {

	static final int SAMPLE_EVERY = 200;

	private static final long SENT_AFTER_MS = 200;

	private static final long DELIVERED_AFTER_MS = 2000;

	private final String authToken;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final DelayQueue<Due> due = new DelayQueue<>();

	private final List<Thread> senders = new ArrayList<>();

	final AtomicLong accepted = new AtomicLong();

	final AtomicLong refused = new AtomicLong();

	final AtomicLong firstAt = new AtomicLong();

	final AtomicLong lastAt = new AtomicLong();

	/** Sampled "delivered" reports: the message's SID and when Beacon accepted the report (System.nanoTime). */
	final Map<String, Long> sampled = new ConcurrentHashMap<>();

	private final AtomicLong scheduled = new AtomicLong();

	private final Map<Route, Route> routes = new ConcurrentHashMap<>();

	StatusCallbacks(String authToken, int threads) {
		this.authToken = authToken;
		for (int i = 0; i < threads; i++) {
			Thread sender = new Thread(this::post, "bench-callbacks-" + i);
			sender.setDaemon(true);
			sender.start();
			senders.add(sender);
		}
	}

	/**
	 * Schedules the reports of a message the stub took. Only what a callback carries is kept, the account, sender
	 * and URL shared by all messages: the reports not yet posted live in the benchmark's heap, beside Beacon's, and
	 * a backlog of whole requests (bodies included) would be the stub's memory, not Beacon's.
	 */
	void taken(String sid, MessageRequest request) {
		if (request.statusCallback() == null) {
			return;
		}
		Route route = routes.computeIfAbsent(new Route(request.accountSid(), request.from(), request.statusCallback()),
				key -> key);
		Message message = new Message(sid, request.to(), route);
		long now = System.nanoTime();
		due.add(new Due(message, "sent", now + TimeUnit.MILLISECONDS.toNanos(SENT_AFTER_MS), false));
		boolean sample = scheduled.incrementAndGet() % SAMPLE_EVERY == 0;
		due.add(new Due(message, "delivered", now + TimeUnit.MILLISECONDS.toNanos(DELIVERED_AFTER_MS), sample));
	}

	/** Reports scheduled and not yet answered. */
	long pending() {
		return due.size();
	}

	private void post() {
		while (!Thread.currentThread().isInterrupted()) {
			Due report;
			try {
				report = due.take();
			}
			catch (InterruptedException ex) {
				return;
			}
			send(report);
		}
	}

	private void send(Due report) {
		Message message = report.message();
		MessageRequest request = new MessageRequest(message.route().accountSid(), message.to(), message.route().from(),
				null, message.route().url());
		Optional<HttpResponse<String>> answer = WebhookPost.send(http,
				FakeTwilioCallbacks.callback(authToken, message.sid(), request, report.status()));
		if (answer.isEmpty() || answer.get().statusCode() / 100 != 2) {
			refused.incrementAndGet();
			return;
		}
		long at = System.nanoTime();
		firstAt.compareAndSet(0, at);
		lastAt.accumulateAndGet(at, Math::max);
		accepted.incrementAndGet();
		if (report.sample()) {
			sampled.put(message.sid(), at);
		}
	}

	@Override
	public void close() {
		senders.forEach(Thread::interrupt);
	}

	/** Where a message's reports go and whom they name as account and sender: the same for most messages. */
	private record Route(String accountSid, String from, String url) {
	}

	/** What a report says of its message. */
	private record Message(String sid, String to, Route route) {
	}

	/** A report and when it is due. */
	private record Due(Message message, String status, long at, boolean sample) implements Delayed {

		@Override
		public long getDelay(TimeUnit unit) {
			return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
		}

		@Override
		public int compareTo(Delayed other) {
			return Long.compare(at, ((Due) other).at);
		}
	}

	/** The p99 of the samples' lags, given when each was seen applied. */
	static long p99(List<Long> lagsMs) {
		List<Long> sorted = new ArrayList<>(lagsMs);
		Collections.sort(sorted);
		return sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
	}
}
