package org.beacon.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.beacon.platform.sandbox.FakeTwilioCallbacks;

/**
 * Citizens' SMS replies to a check-in, as Twilio posts them to the inbound webhook: a form POST signed with the auth
 * token ({@link FakeTwilioCallbacks#inbound}), from recipient {@code i}'s phone ({@link Arrivals#phone}). One reply in
 * {@value #HELP_EVERY} is "2" with a text, the others "1". A fixed number of senders post them one after another, each
 * waiting for Beacon's answer before the next, each over its own connection kept alive as Twilio's are
 * ({@link KeepAliveHttp}, so that the senders take little of the CPU Beacon is measured on).
 */
final class InboundReplies {

	static final int HELP_EVERY = 20;

	private static final String BEACON_NUMBER = "+15005550006";

	private final String authToken;

	private final String url;

	private final int senders;

	/** Replies Beacon answered with a message (an answer was recorded). */
	final AtomicLong answered = new AtomicLong();

	/** Replies refused, failed, or answered without a message. */
	final AtomicLong refused = new AtomicLong();

	InboundReplies(String authToken, String url, int senders) {
		this.authToken = authToken;
		this.url = url;
		this.senders = senders;
	}

	/**
	 * Posts the replies of recipients {@code from..to-1} and returns when all are answered; {@code onAnswered} is
	 * told the moment (System.nanoTime) each answered reply came back.
	 */
	void send(int from, int to, LongConsumer onAnswered) throws InterruptedException {
		AtomicInteger next = new AtomicInteger(from);
		List<Thread> threads = new ArrayList<>();
		for (int s = 0; s < senders; s++) {
			Thread sender = new Thread(() -> {
				try (KeepAliveHttp http = new KeepAliveHttp()) {
					for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
						post(http, i, onAnswered);
					}
				}
			}, "bench-replies-" + s);
			sender.setDaemon(true);
			sender.start();
			threads.add(sender);
		}
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private void post(KeepAliveHttp http, int recipient, LongConsumer onAnswered) {
		String body = recipient % HELP_EVERY == 0 ? "2 Our car broke down on the road north of town, three of us" : "1";
		String sid = String.format("SM%032x", 0x5EED_0000_0000L + recipient);
		try {
			KeepAliveHttp.Answer answer = http.post(FakeTwilioCallbacks.inbound(authToken, url, sid, "ACsandbox",
					Arrivals.phone(recipient), BEACON_NUMBER, body));
			if (answer.status() == 200 && answer.body().contains("<Message>")) {
				onAnswered.accept(System.nanoTime());
				answered.incrementAndGet();
				return;
			}
		}
		catch (IOException | RuntimeException ex) {
			// counted below
		}
		refused.incrementAndGet();
	}
}
